import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

extension SessionLogWriter {
    /// Writes every line this writer holds to a new file at `newPath` (which must not exist
    /// yet: nothing is overwritten) and goes on appending there, with the lock on the new file.
    /// For a log that vanished or could not be synced: the game confirmed those lines, and here
    /// they are on disk again. On failure the partial new file is removed and the writer is unchanged.
    public func rewrite(to newPath: String) throws(Failure) {
        let folder = LibraryLoader.parentDirectory(newPath)
        try Self.makeDirectories(folder)
        let newFD = open(newPath, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
        guard newFD >= 0 else { throw Failure(path: newPath, kind: .io(Self.lastError())) }
        func abandon(_ kind: Failure.Kind) -> Failure {
            Glibc.close(newFD)
            unlink(newPath)
            return Failure(path: newPath, kind: kind)
        }
        guard SessionLogLock.acquire(newFD) else { throw abandon(.locked(SessionLogLock.holder(of: newFD))) }
        do {
            _ = try FileDescriptor(rawValue: newFD).writeAll(contents)
        } catch let error as Errno {
            throw abandon(.io(String(cString: strerror(error.rawValue))))
        } catch {
            throw abandon(.io(String(describing: error)))
        }
        guard fsync(newFD) == 0 else { throw abandon(.syncFailed(Self.lastError())) }
        Self.syncDirectory(of: newPath)
        adopt(newFD, at: newPath)
        try checkStillAtPath()
    }
}
