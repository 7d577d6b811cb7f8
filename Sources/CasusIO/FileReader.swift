import CasusCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a case file defensively: only regular files (a FIFO would block, a
/// device never ends), never more than `limit` bytes, errors as values.
public enum FileReader {
    public static let caseFileLimit = 1 << 20

    public typealias Failure = ReadFailure

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func read(_ path: String, limit: Int = caseFileLimit) -> Result<[UInt8], Failure> {
        // O_NONBLOCK so that opening a FIFO never waits for a writer; fstat then rejects it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return .failure(code == ENOENT ? .notFound : .unreadable(String(cString: strerror(code))))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notARegularFile) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge(Int(info.st_size))) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            // The file may have grown since fstat.
            if bytes.count > limit { return .failure(.tooLarge(bytes.count)) }
        }
        return .success(bytes)
    }

    /// The `*.json` (or other `suffix`) entries of a directory, sorted, without following into subfolders;
    /// hidden ones (editors' backups) only when asked for.
    public static func jsonFiles(in directory: String, suffix: String = ".json", includingHidden: Bool = false) -> Result<[String], Failure>
    {
        guard let dir = opendir(directory) else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasSuffix(suffix) && (includingHidden || !name.hasPrefix(".")) && name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }
}
