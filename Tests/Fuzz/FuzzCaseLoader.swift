// libFuzzer entry point: every input is a case file. The parser and the
// decoder must return diagnostics or a case for any bytes, never trap.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaseLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Whatever `migreer` accepts, it writes back as JSON that parses again.
    if case .success(let migrated) = Migration.migrate(bytes) {
        precondition((try? JSONParser.parse(Array(migrated.text.utf8))) != nil)
    }
    guard let root = try? JSONParser.parse(bytes) else { return 0 }
    let taxonomy = FuzzTaxonomy.shared
    let (casus, diagnostics) = CaseDecoder.decode(root, file: "fuzz.json", fileName: "fuzz.json", taxonomy: taxonomy)
    // A decoded case must be playable to the end through the state machine.
    if let casus {
        precondition(diagnostics.allSatisfy { $0.severity == .warning })
        _ = PlayThrough.play(casus, taxonomy, answer: [], picks: casus.dilemmas.map { _ in 0 })
    }
    return 0
}

enum FuzzTaxonomy {
    static let shared: Taxonomy = {
        let directory = ProcessInfo.processInfo.environment["CASUSSPEL_CASES"] ?? "Cases"
        // The fuzzer builds CasusCore alone (no CasusIO), so it reads the two lists itself.
        func file(_ name: String) -> (file: String, bytes: [UInt8])? {
            let path = directory + "/" + name
            return FileManager.default.contents(atPath: path).map { (path, Array($0)) }
        }
        let (taxonomy, _) = CaseFile.decodeTaxonomy(factoren: file("factoren.json"), pijlers: file("pijlers.json"))
        guard let taxonomy else { fatalError("factoren.json/pijlers.json niet gevonden in \(directory)") }
        return taxonomy
    }()
}
