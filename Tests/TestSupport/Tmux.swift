import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real terminal for end-to-end tests: a private tmux server (its own
/// socket, so tests never touch a developer's sessions) running one command.
///
/// Keys go to the program with `press`, which returns the screen once the
/// program has handled them (see `Tmux+Keys.swift`); `waitFor` is for what no
/// key causes: the first screen, a signal's effect, the shell after the program.
public final class Tmux: @unchecked Sendable {
    public static let executable =
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: FileManager.default.isExecutableFile) ?? "/usr/bin/tmux"
    /// Generous: a timeout only decides how long a failing test takes, and a loaded
    /// machine must not turn a slow start into a failure.
    public static let defaultTimeout: TimeInterval = 30

    public let socket: String
    private let config: TempDirectory
    /// The program's key log (`CASUSSPEL_TEST_KEYLOG`): a line after each flushed frame.
    public let keyLog: String
    /// Keys sent to the program so far; `settle` waits until it has handled as many.
    var keysSent = 0

    public init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        socket = "casusspel-\(UUID().uuidString.prefix(8))"
        config = TempDirectory("tmux")
        keyLog = config.path + "/keys"
        let conf = config.write(
            "tmux.conf",
            """
            set -g default-terminal tmux-256color
            set -g status off
            """)
        var env = ["SWIFT_BACKTRACE": "interactive=no", "CASUSSPEL_TEST_KEYLOG": keyLog]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        // A shell stays in the pane after the program ends: it prints the exit status and
        // keeps the terminal alive, so its modes can be checked as the program left them.
        let wrapped = "sh -c '\(command); echo \"EXIT=$?\"; exec sleep 600'"
        try tmux(["-f", conf, "new-session", "-d", "-s", "T", "-x", "\(width)", "-y", "\(height)", "env \(exports) \(wrapped)"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run(
            Tmux.executable, ["-u", "-L", socket] + arguments, environment: ["TERM": "xterm-256color"], timeout: 20)
        return result.stdout
    }

    public func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "T"])
    }

    public func display(_ format: String) throws -> String {
        try tmux(["display", "-p", "-t", "T", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window. tmux delivers the new size to the program a little later
    /// (it coalesces resizes): `settle(width:height:)` waits until a frame of this size is drawn.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "T", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds; returns the last capture either way.
    @discardableResult
    public func waitFor(timeout: TimeInterval = Tmux.defaultTimeout, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) && Date() < deadline {
            usleep(20_000)
            screen = try capture()
        }
        return screen
    }

    /// Polls `condition` (e.g. a `display` format) until it holds; throws if it never does.
    public func waitUntil(_ what: String, timeout: TimeInterval = Tmux.defaultTimeout, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try !condition() {
            if Date() > deadline { throw Timeout(waitingFor: what, screen: try capture()) }
            usleep(20_000)
        }
    }

    /// Waits for `text` on screen; throws (failing the test) if it never comes. Only for
    /// text that cannot be there already: after keys, use `press(_:expecting:)`.
    @discardableResult
    public func waitFor(text: String, timeout: TimeInterval = Tmux.defaultTimeout) throws -> String {
        let screen = try waitFor(timeout: timeout) { $0.contains(text) }
        guard screen.contains(text) else { throw Timeout(waitingFor: text, screen: screen) }
        return screen
    }

    public struct Timeout: Error, CustomStringConvertible {
        public let waitingFor: String
        public let screen: String
        public var description: String { "'\(waitingFor)' verscheen niet; scherm:\n\(screen)" }
    }

    /// The exit status once the program has ended, or nil if it is still running at the deadline.
    public func exitStatus(timeout: TimeInterval = Tmux.defaultTimeout) throws -> Int32? {
        // After a SIGKILL the screen is left as it was: EXIT= can stand anywhere on a line.
        let screen = try waitFor(timeout: timeout) { $0.contains("EXIT=") }
        guard let range = screen.range(of: "EXIT=", options: .backwards) else { return nil }
        return Int32(screen[range.upperBound...].prefix { $0.isNumber })
    }

    /// The program's pid: the child of the wrapping shell.
    public var programPID: pid_t? {
        guard let shell = Int32((try? display("#{pane_pid}")) ?? "") else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// `q`, the question, `j`: how a trainer quits a running game.
    public func quitGame() throws {
        try press("q", expecting: "Stoppen?")
        try send("j")
    }

    /// Whether the terminal is back in its normal state: main screen, cursor visible, keypad off.
    public func terminalRestored() throws -> Bool {
        try display("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag}") == "0 1 0"
    }
}
