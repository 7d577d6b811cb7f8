#if canImport(Glibc)
    import Glibc
#endif

/// Names for the temporary files reports are written through, and cleaning up
/// after a run that was killed between creating one and renaming it.
enum TemporaryFiles {
    static let marker = ".casusspel-"
    /// Writing a report takes milliseconds; a temporary file this old belongs to nobody
    /// any more, even if its pid has been reused by another process since.
    static let staleAfterSeconds = 10 * 60

    /// `…/.ID.md.casusspel-1234.tmp`: hidden, named after what it becomes and who writes it.
    static func name(for path: String, pid: Int32 = getpid()) -> String {
        let folder = LibraryLoader.parentDirectory(path)
        let hidden = "." + LibraryLoader.baseName(path) + marker + "\(pid).tmp"
        return folder == "." && !path.hasPrefix("./") ? hidden : LibraryLoader.join(folder, hidden)
    }

    /// Removes this program's temporary files in `folder` whose writer has ended (or that are
    /// too old to be anyone's), and the pid-less `ID.md.tmp` / `ID.html.tmp` of earlier
    /// versions beside their log once they are old. Nothing else is touched.
    static func removeStale(in folder: String) {
        guard case .success(let names) = FileReader.jsonFiles(in: folder, suffix: ".tmp", includingHidden: true) else { return }
        let now = time(nil)
        for name in names {
            let path = LibraryLoader.join(folder, name)
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let old = now - info.st_mtim.tv_sec > staleAfterSeconds
            if let pid = writer(of: name) {
                if old || !isAlive(pid) { unlink(path) }
            } else if old, let log = legacyLog(of: name), FileReader.exists(LibraryLoader.join(folder, log)) {
                unlink(path)
            }
        }
    }

    /// The pid in `.NAME.casusspel-PID.tmp`.
    static func writer(of name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), let range = name.ranges(of: marker).last else { return nil }
        return Int32(name[range.upperBound...].dropLast(".tmp".count))
    }

    /// `ID.md.tmp` → `ID.jsonl`: the name earlier versions used beside a log.
    static func legacyLog(of name: String) -> String? {
        for suffix in [".md.tmp", ".html.tmp"] where name.hasSuffix(suffix) && !name.hasPrefix(".") {
            return String(name.dropLast(suffix.count)) + ".jsonl"
        }
        return nil
    }

    static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
