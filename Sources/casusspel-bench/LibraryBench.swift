import CasusCore
import CasusIO
import Foundation

/// 2. Loading and validating 10 000 cases the size of shipped ones, beside reading the same
/// bytes and parsing them with Foundation's JSONSerialization; 5b. peak memory with them loaded.
enum LibraryBench {
    static let count = 10_000

    static func run(casesDirectory: String, scratch: String, binary: String) -> [Measurement] {
        // The shipped library, as the start screen loads it: what part of start-up it takes.
        var shipped = Double.infinity
        for _ in 0..<20 {
            let start = Clock.now()
            _ = LibraryLoader.load(paths: [casesDirectory])
            shipped = min(shipped, Clock.now() - start)
        }
        print("  meegeleverde bibliotheek laden: \(milliseconds(shipped))")
        let directory = scratch + "/bibliotheek"
        let bytes = generate(into: directory, from: casesDirectory)
        let files = try! FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.map {
            directory + "/" + $0
        }

        var reference = Double.infinity
        var ours = Double.infinity
        var loaded = 0
        var errors = 0
        for _ in 0..<3 {
            var start = Clock.now()
            var objects = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file),
                    (try? JSONSerialization.jsonObject(with: data)) != nil
                else { continue }
                objects += 1
            }
            reference = min(reference, Clock.now() - start)
            precondition(objects == files.count)

            start = Clock.now()
            let library = LibraryLoader.load(paths: [directory])
            ours = min(ours, Clock.now() - start)
            loaded = library.cases.count
            errors = library.errorCount
        }
        let megabytes = Double(bytes) / 1_048_576
        var rows = [
            Measurement(
                name: "\(count) casussen laden en valideren (\(format(megabytes, decimals: 0)) MB, \(loaded) geldig, \(errors) fouten)",
                value: milliseconds(ours),
                reference: "lezen + JSONSerialization " + milliseconds(reference) + " (\(format(ours / reference, decimals: 2))×)",
                target: "< 1 s en ≤ 3× referentie", met: ours < 1 && ours <= 3 * reference && loaded == count && errors == 0)
        ]

        // The game started on that library: peak memory once the start screen is up.
        if let pty = try? PseudoTerminal(binary, ["--cases", directory, "--log-dir", scratch + "/logs"]) {
            let start = Clock.now()
            let shown = pty.read(until: "q stop", timeout: 30)
            let elapsed = Clock.now() - start
            let peak = pty.peakMemoryMiB()
            pty.stop()
            rows.append(
                Measurement(
                    name: "piekgeheugen met \(count) casussen (startscherm na \(milliseconds(elapsed)))",
                    value: format(peak, decimals: 1) + " MB",
                    reference: "casusbestanden samen \(format(megabytes, decimals: 0)) MB", target: "< 150 MB", met: shown && peak < 150))
        }
        return rows
    }

    /// Copies of the shipped cases under new ids; returns the total size in bytes.
    static func generate(into directory: String, from cases: String) -> Int {
        let fm = FileManager.default
        try? fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for taxonomy in [TaxonomyDecoder.factorenFile, TaxonomyDecoder.pijlersFile] {
            try? fm.copyItem(atPath: cases + "/" + taxonomy, toPath: directory + "/" + taxonomy)
        }
        let shipped = LibraryLoader.load(paths: [cases]).cases
        let texts = shipped.map { (id: $0.casus.id, text: try! String(contentsOfFile: $0.file, encoding: .utf8)) }
        var total = 0
        for index in 0..<count {
            let source = texts[index % texts.count]
            let id = source.id + "-" + String(index)
            let text = source.text.replacingOccurrences(of: "\"id\": \"\(source.id)\"", with: "\"id\": \"\(id)\"")
            let data = Data(text.utf8)
            total += data.count
            _ = fm.createFile(atPath: directory + "/" + id + ".json", contents: data)
        }
        return total
    }
}
