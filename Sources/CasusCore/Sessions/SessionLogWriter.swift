#if canImport(Glibc)
    import Glibc
#endif

/// Appends a session's events as JSON lines and forces each one to disk before
/// returning, so a killed process loses nothing that was confirmed on screen.
public final class SessionLogWriter {
    public let path: String
    public let sessionID: String
    private var fd: Int32

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Creates `directory` if needed and a new log file named after the session.
    public init(directory: String, sessionID: String) throws(Failure) {
        try Self.makeDirectories(directory)
        self.sessionID = sessionID
        path = directory + "/" + sessionID + ".jsonl"
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Continues an existing log. Anything after `validLength` (an unfinished
    /// last line) is cut off first, so the next event starts on a line of its own.
    public init(resuming path: String, sessionID: String, validLength: Int) throws(Failure) {
        self.path = path
        self.sessionID = sessionID
        fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        guard ftruncate(fd, off_t(validLength)) == 0 else {
            let reason = String(cString: strerror(errno))
            close()
            throw Failure(path: path, reason: reason)
        }
    }

    deinit { close() }

    public func append(_ event: SessionEvent, timestamp: String) throws(Failure) {
        let line = Array((event.jsonLine(timestamp: timestamp, sessionID: sessionID) + "\n").utf8)
        var offset = 0
        while offset < line.count {
            let n = line.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// `mkdir -p`: also where `nieuw` creates a user's own case folder.
    public static func makeDirectories(_ directory: String) throws(Failure) {
        var built = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw Failure(path: built, reason: String(cString: strerror(errno)))
            }
        }
        guard FileReader.isDirectory(directory) else { throw Failure(path: directory, reason: "not a directory") }
    }

    /// `$XDG_DATA_HOME/casusspel/sessies`, else `~/.local/share/casusspel/sessies`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/casusspel/sessies" }
        return (environment["HOME"] ?? ".") + "/.local/share/casusspel/sessies"
    }
}

/// Wall-clock time for log lines and session ids (the state machine itself never reads a clock).
public enum WallClock {
    /// `2026-11-22T20:50:03.123Z`
    public static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        let millis = now.tv_nsec / 1_000_000
        return
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(String(millis).leftPadded(to: 3))Z"
    }

    /// A sortable, unique session id: `20261122-205003-4f2a`.
    public static func sessionID() -> String {
        let stamp = timestamp()
        let digits = stamp.filter(\.isNumber)
        let random = String(UInt16.random(in: 0...UInt16.max), radix: 16).leftPadded(to: 4)
        return String(digits.prefix(8)) + "-" + String(digits.dropFirst(8).prefix(6)) + "-" + random
    }

    /// Monotonic seconds, for timers: never jumps when the wall clock is changed.
    public static func monotonic() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func two(_ value: Int32) -> String { String(value).leftPadded(to: 2) }
}
