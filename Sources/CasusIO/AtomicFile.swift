import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a file someone is working on in one step: the new text goes to a
/// fresh temporary file beside it (same permissions), is synced, and is renamed
/// over the old one, so an editor or a crash never sees half a file.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func replace(_ path: String, with text: String) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        let directory = LibraryLoader.parentDirectory(path)
        let temporary = LibraryLoader.join(directory, "." + LibraryLoader.baseName(path) + ".\(getpid()).tmp")
        // O_EXCL: never write through a link or over a file that happens to carry that name.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, info.st_mode & 0o7777)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var reason: String?
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(text.utf8)
            if fsync(fd) != 0 { reason = String(cString: strerror(errno)) }
        } catch let error as Errno {
            reason = String(cString: strerror(error.rawValue))
        } catch {
            reason = String(describing: error)
        }
        Glibc.close(fd)
        if reason == nil && rename(temporary, path) != 0 { reason = String(cString: strerror(errno)) }
        if let reason {
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
        // The rename itself is durable once the directory is synced.
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            Glibc.close(dirFD)
        }
    }
}
