import CasusCore
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Appends a session's events as JSON lines and forces each one to disk before
/// returning, so a killed process loses nothing that was confirmed on screen.
///
/// One process at a time: the log is locked with `flock` while it is open (the
/// kernel drops the lock when the process dies, so a crash never leaves a stale
/// lock). After every line the writer checks that its file is still the one at
/// its path; a log that was removed, renamed or replaced is a `.vanished` failure,
/// and everything the writer was given stays in memory for `rewrite(to:)`.
public final class SessionLogWriter {
    public private(set) var path: String
    public let sessionID: String
    private var fd: Int32
    /// Every line this writer holds, in order: the log's valid part when resuming,
    /// then each line it was given, whether or not the disk accepted it.
    public private(set) var contents: [UInt8] = []

    /// Creates `directory` if needed and a new log file named after the session.
    public init(directory: String, sessionID: String) throws(Failure) {
        try Self.makeDirectories(directory)
        self.sessionID = sessionID
        path = directory + "/" + sessionID + ".jsonl"
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, kind: .io(Self.lastError())) }
        try lockOrClose()
        // The new name must survive a power cut as well as the lines in it.
        Self.syncDirectory(of: path)
    }

    /// Continues an existing log. Anything after `validLength` (an unfinished
    /// last line) is cut off first, so the next event starts on a line of its own.
    /// `expectedSize`, when given, is the size the caller read: a log that changed
    /// since (another process wrote to it before it let go) is refused rather than cut.
    public init(resuming path: String, sessionID: String, validLength: Int, expectedSize: Int? = nil) throws(Failure) {
        self.path = path
        self.sessionID = sessionID
        fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, kind: .io(Self.lastError())) }
        // The lock comes before anything is cut: the holder may still be writing.
        try lockOrClose()
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw closing(.io(Self.lastError())) }
        if let expectedSize, Int(info.st_size) != expectedSize { throw closing(.changedSinceRead) }
        guard validLength <= Int(info.st_size) else { throw closing(.io("shorter than read")) }
        if validLength < Int(info.st_size), ftruncate(fd, off_t(validLength)) != 0 { throw closing(.io(Self.lastError())) }
        contents = [UInt8](repeating: 0, count: validLength)
        var done = 0
        while done < validLength {
            let n = contents.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, validLength - done, off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw closing(.io(n < 0 ? Self.lastError() : "shorter than read")) }
            done += n
        }
    }

    deinit { close() }

    public func append(_ event: SessionEvent, timestamp: String) throws(Failure) {
        let line = Array((event.jsonLine(timestamp: timestamp, sessionID: sessionID) + "\n").utf8)
        contents += line
        guard fd >= 0 else { throw Failure(path: path, kind: .io("closed")) }
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(line)
        } catch let error as Errno {
            throw Failure(path: path, kind: .io(String(cString: strerror(error.rawValue))))
        } catch {
            throw Failure(path: path, kind: .io(String(describing: error)))
        }
        guard fsync(fd) == 0 else { throw Failure(path: path, kind: .syncFailed(Self.lastError())) }
        try checkStillAtPath()
    }

    /// Whether the open file is still the one at `path` and still linked: a log folder removed
    /// mid-game (or the file renamed or replaced) would otherwise swallow every later line.
    public func checkStillAtPath() throws(Failure) {
        var open = stat()
        var named = stat()
        guard fstat(fd, &open) == 0 else { throw Failure(path: path, kind: .io(Self.lastError())) }
        guard open.st_nlink > 0, stat(path, &named) == 0, named.st_dev == open.st_dev, named.st_ino == open.st_ino else {
            throw Failure(path: path, kind: .vanished)
        }
    }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// Takes the lock, or closes the file and says who holds it.
    private func lockOrClose() throws(Failure) {
        if SessionLogLock.acquire(fd) { return }
        let reason = errno
        let holder = reason == EWOULDBLOCK ? SessionLogLock.holder(of: fd) : nil
        throw closing(reason == EWOULDBLOCK ? .locked(holder) : .io(String(cString: strerror(reason))))
    }

    private func closing(_ kind: Failure.Kind) -> Failure {
        close()
        return Failure(path: path, kind: kind)
    }

    /// Replaces the open file with `fd` at `path` (used by `rewrite`).
    func adopt(_ newFD: Int32, at newPath: String) {
        close()
        fd = newFD
        path = newPath
    }

    static func lastError() -> String { String(cString: strerror(errno)) }

    /// `mkdir -p`: also where `nieuw` creates a user's own case folder.
    public static func makeDirectories(_ directory: String) throws(Failure) {
        var built = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw Failure(path: built, kind: .io(lastError()))
            }
        }
        guard FileReader.isDirectory(directory) else { throw Failure(path: directory, kind: .io("not a directory")) }
    }

    /// fsync of the folder makes a new name durable; best effort (some file systems refuse it).
    static func syncDirectory(of file: String) {
        let dir = open(LibraryLoader.parentDirectory(file), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { return }
        fsync(dir)
        Glibc.close(dir)
    }

    /// `$XDG_DATA_HOME/casusspel/sessies`, else `~/.local/share/casusspel/sessies`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/casusspel/sessies" }
        return (environment["HOME"] ?? ".") + "/.local/share/casusspel/sessies"
    }
}
