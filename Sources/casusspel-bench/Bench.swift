import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// casusspel-bench: measures the release build beside C and Foundation references
/// and exits 1 when a target is missed. Run: swift run -c release casusspel-bench
/// Options: --runs N (start-up runs, default 25), --idle S (seconds, default 30), --only NAME.
@main
enum Bench {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String, default value: Int) -> Int {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let number = Int(arguments[index + 1]) else {
                return value
            }
            return number
        }
        let runs = option("--runs", default: 25)
        let idleSeconds = option("--idle", default: 30)
        let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }

        let binary = BenchPaths.binary()
        let cases = BenchPaths.packageRoot() + "/Cases"
        let scratch = BenchPaths.scratchDirectory()
        defer { BenchPaths.remove(scratch) }

        print("casusspel-bench: \(binary)")
        var results: [Measurement] = []
        func section(_ name: String, _ body: () -> [Measurement]) {
            guard only == nil || only == name else { return }
            print("… \(name)")
            let rows = body()
            for row in rows { print("  \(row.name): \(row.value)  [\(row.reference)]") }
            results += rows
        }
        section("start") { StartupBench.run(binary: binary, casesDirectory: cases, runs: runs, scratch: scratch) }
        section("bibliotheek") { LibraryBench.run(casesDirectory: cases, scratch: scratch, binary: binary) }
        section("toetsen") { KeypressBench.run(binary: binary, casesDirectory: cases, scratch: scratch) }
        section("stilstand") { IdleBench.run(binary: binary, casesDirectory: cases, scratch: scratch, seconds: idleSeconds) }
        section("statistiek") { StatisticsBench.run(binary: binary, casesDirectory: cases, scratch: scratch) }

        print("")
        print(Summary.table(results), terminator: "")
        BenchPaths.remove(scratch)
        exit(results.allSatisfy(\.met) ? 0 : 1)
    }
}

/// Debian's dialog, the C ncurses reference.
enum Dialog {
    static var path: String? {
        for candidate in ["/usr/bin/dialog", "/usr/local/bin/dialog"] where access(candidate, X_OK) == 0 { return candidate }
        return nil
    }
}
