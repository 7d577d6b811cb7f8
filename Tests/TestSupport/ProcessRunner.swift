import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion with a hard time limit, so a hang fails the
/// test instead of stalling CI.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
    public let timedOut: Bool

    public var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
}

/// Spawns with posix_spawn and reaps with waitpid itself: Foundation's Process
/// relies on a SIGCHLD monitor that stalled under parallel tests on two cores.
public enum ProcessRunner {
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        removing: [String] = [], workingDirectory: String? = nil, timeout: TimeInterval = 20
    ) throws -> ProcessResult {
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        for key in removing { env.removeValue(forKey: key) }
        env.merge(environment) { $1 }

        let files = TempDirectory("proc")
        let outPath = files.path + "/out"
        let errPath = files.path + "/err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Files rather than pipes: a child writing a lot never blocks on a full pipe.
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // glibc's addchdir_np is not visible to Swift; GNU env -C changes folder before exec.
        let command = workingDirectory.map { ["/usr/bin/env", "-C", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The test runner may block or ignore signals (SIGCHLD, SIGINT); children inherit
        // both, which breaks tmux's exit statuses and the game's own signal handling.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        var none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnError(code: spawned, executable: executable) }

        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var timedOut = false
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                timedOut = true
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            usleep(2_000)
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros; decode the status word by hand.
        let signal = status & 0x7F
        let exitCode = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return withExtendedLifetime(files) {
            ProcessResult(status: exitCode, stdout: readText(outPath), stderr: readText(errPath), timedOut: timedOut)
        }
    }

    public struct SpawnError: Error, CustomStringConvertible {
        let code: Int32
        let executable: String
        public var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }
}

/// The built `casusspel` executable, next to the test bundle in the build folder.
public enum Binary {
    public static let path: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/casusspel",
            Bundle.main.bundleURL.deletingLastPathComponent().path + "/casusspel",
            Bundle.main.bundleURL.path + "/casusspel",
            PackagePaths.root + "/.build/debug/casusspel",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()
}
