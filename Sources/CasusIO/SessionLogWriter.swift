import CasusCore
import SystemPackage

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
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(line)
        } catch let error as Errno {
            throw Failure(path: path, reason: String(cString: strerror(error.rawValue)))
        } catch {
            throw Failure(path: path, reason: String(describing: error))
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
