import Foundation

/// Where the package lives, found from this file's own path, so tests run the
/// same from `swift test`, an IDE or CI.
public enum PackagePaths {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var cases: String { root + "/Cases" }
    public static var coreFixtures: String { root + "/Tests/CasusCoreTests/Fixtures" }
}

/// A fresh folder per test, removed when the value goes away.
public final class TempDirectory: @unchecked Sendable {
    public let path: String

    public init(_ prefix: String = "casusspel-test") {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/\(prefix)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Copies the shipped factoren.json and pijlers.json here.
    public func withShippedTaxonomy() -> TempDirectory {
        for name in ["factoren.json", "pijlers.json"] {
            try! FileManager.default.copyItem(atPath: PackagePaths.cases + "/" + name, toPath: path + "/" + name)
        }
        return self
    }

    /// A library of one: the shipped taxonomy and the test case `proef-casus`, which the fixed session log plays.
    public static func proefLibrary() -> TempDirectory {
        let dir = TempDirectory("proef").withShippedTaxonomy()
        dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        return dir
    }

    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        precondition(FileManager.default.createFile(atPath: file, contents: Data(bytes)), "cannot write \(file)")
        return file
    }
}

public func readText(_ path: String) -> String {
    try! String(contentsOfFile: path, encoding: .utf8)
}

/// Line and column (1-based, columns in Unicode scalars) of the first
/// occurrence of `needle`, by plain text search: an oracle independent of the parser.
public func position(of needle: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
    var searchStart = text.startIndex
    var found: Range<String.Index>?
    for _ in 0..<occurrence {
        guard let range = text.range(of: needle, range: searchStart..<text.endIndex) else { return nil }
        found = range
        searchStart = range.upperBound
    }
    guard let found else { return nil }
    let before = text[..<found.lowerBound]
    let line = before.count(where: { $0 == "\n" }) + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? text.startIndex
    let column = text[lineStart..<found.lowerBound].unicodeScalars.count + 1
    return (line, column)
}

/// A library that does not change with the shipped one: three cases and the
/// taxonomy as they stood in November 2026 (`Tests/Fixtures/bibliotheek`), so
/// screens and tables can be asserted exactly while the shipped cases are rewritten.
public enum FixedLibrary {
    public static let caseIDs = ["een-eigen-plek-in-transvaal", "mantelzorg-voor-vader-in-escamp", "schulden-en-schaamte-in-moerwijk"]
    public static let source = PackagePaths.root + "/Tests/Fixtures/bibliotheek"

    public static func make() -> TempDirectory {
        let dir = TempDirectory("bibliotheek")
        for name in caseIDs.map({ $0 + ".json" }) + ["factoren.json", "pijlers.json"] {
            try! FileManager.default.copyItem(atPath: source + "/" + name, toPath: dir.path + "/" + name)
        }
        return dir
    }
}

/// Golden files: `CASUSSPEL_UPDATE_GOLDEN=1 swift test` rewrites them from the
/// current output, to be read and approved in the diff; otherwise compared.
public func golden(_ path: String, _ text: String) -> String {
    if ProcessInfo.processInfo.environment["CASUSSPEL_UPDATE_GOLDEN"] == "1" {
        try! text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}
