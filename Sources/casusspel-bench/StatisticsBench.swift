import CasusCore
import CasusIO
import Foundation

/// 6. `casusspel statistiek` over 500 generated session logs, beside reading the same
/// lines and parsing each with JSONSerialization.
enum StatisticsBench {
    static let sessions = 500

    static func run(binary: String, casesDirectory: String, scratch: String) -> [Measurement] {
        let directory = scratch + "/sessies"
        let library = LibraryLoader.load(paths: [casesDirectory])
        let (events, bytes) = SessionLogGenerator.write(sessions, into: directory, library: library)

        var reference = Double.infinity
        for _ in 0..<3 {
            let start = Clock.now()
            for file in try! FileManager.default.contentsOfDirectory(atPath: directory) {
                let data = FileManager.default.contents(atPath: directory + "/" + file)!
                for line in data.split(separator: UInt8(ascii: "\n")) { _ = try! JSONSerialization.jsonObject(with: Data(line)) }
            }
            reference = min(reference, Clock.now() - start)
        }
        var times: [Double] = []
        var status: Int32 = -1
        for _ in 0..<3 {
            let start = Clock.now()
            status = runQuietly(binary, ["statistiek", "--log-dir", directory, "--cases", casesDirectory])
            times.append(Clock.now() - start)
        }
        let ours = median(times)
        return [
            Measurement(
                name: "statistiek over \(sessions) logs (\(events) regels, \(format(Double(bytes) / 1_048_576, decimals: 1)) MB)",
                value: milliseconds(ours), reference: "lezen + JSONSerialization " + milliseconds(reference), target: "< 2 s",
                met: ours < 2 && status == 0)
        ]
    }

    /// Runs a command with its output to /dev/null; returns its exit status.
    static func runQuietly(_ executable: String, _ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (status >> 8) & 0xFF
    }
}
