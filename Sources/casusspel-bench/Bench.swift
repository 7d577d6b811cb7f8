import ArgumentParser
import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// casusspel-bench: measures the release build beside C and Foundation references
/// and exits 1 when a target is missed. Run: swift run -c release casusspel-bench
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casusspel-bench",
        abstract: "Meet de release-build van casusspel naast C- en Foundation-referenties; exitcode 1 als een doel niet gehaald wordt."
    )

    enum Section: String, CaseIterable, ExpressibleByArgument {
        case start, bibliotheek, toetsen, stilstand, statistiek
    }

    @Option(help: "Aantal startmetingen.")
    var runs = 25

    @Option(name: .customLong("idle"), help: "Seconden CPU-meting op een fasescherm met lopende timer.")
    var idleSeconds = 30

    @Option(help: "Alleen deze meting.")
    var only: Section?

    func validate() throws {
        guard runs > 0, idleSeconds > 0 else { throw ValidationError("--runs en --idle moeten groter dan 0 zijn.") }
    }

    func run() throws {
        let binary = BenchPaths.binary()
        let cases = BenchPaths.packageRoot() + "/Cases"
        let scratch = BenchPaths.scratchDirectory()
        defer { BenchPaths.remove(scratch) }

        print("casusspel-bench: \(binary)")
        var results: [Measurement] = []
        func section(_ name: Section, _ body: () -> [Measurement]) {
            guard only == nil || only == name else { return }
            print("… \(name.rawValue)")
            let rows = body()
            for row in rows { print("  \(row.name): \(row.value)  [\(row.reference)]") }
            results += rows
        }
        section(.start) { StartupBench.run(binary: binary, casesDirectory: cases, runs: runs, scratch: scratch) }
        section(.bibliotheek) { LibraryBench.run(casesDirectory: cases, scratch: scratch, binary: binary) }
        section(.toetsen) { KeypressBench.run(binary: binary, casesDirectory: cases, scratch: scratch) }
        section(.stilstand) { IdleBench.run(binary: binary, casesDirectory: cases, scratch: scratch, seconds: idleSeconds) }
        section(.statistiek) { StatisticsBench.run(binary: binary, casesDirectory: cases, scratch: scratch) }

        print("")
        print(Summary.table(results), terminator: "")
        if !results.allSatisfy(\.met) { throw ExitCode(1) }
    }
}

/// Debian's dialog, the C ncurses reference.
enum Dialog {
    static var path: String? {
        for candidate in ["/usr/bin/dialog", "/usr/local/bin/dialog"] where access(candidate, X_OK) == 0 { return candidate }
        return nil
    }
}
