import CasusCore
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

public enum ReportFiles {
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Writes via a temporary file and rename, so a reader never sees half a report. The temporary
    /// name carries the pid (two processes writing the same report never share one), is removed on
    /// every failure, and what a killed run left in the folder is cleaned first (`TemporaryFiles`).
    public static func write(_ text: String, to path: String) throws(Failure) {
        let folder = LibraryLoader.parentDirectory(path)
        TemporaryFiles.removeStale(in: folder)
        let temporary = TemporaryFiles.name(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        func fail(_ reason: String) -> Failure {
            Glibc.close(fd)
            unlink(temporary)
            return Failure(path: path, reason: reason)
        }
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(text.utf8)
        } catch let error as Errno {
            throw fail(String(cString: strerror(error.rawValue)))
        } catch {
            throw fail(String(describing: error))
        }
        guard fsync(fd) == 0 else { throw fail(String(cString: strerror(errno))) }
        guard rename(temporary, path) == 0 else { throw fail(String(cString: strerror(errno))) }
        Glibc.close(fd)
        SessionLogWriter.syncDirectory(of: path)
    }

    /// The Markdown and HTML report beside the log (`…/ID.jsonl` → `…/ID.md`, `…/ID.html`), for the end screen's `r`.
    public static func writeBesideLog(
        _ state: SessionState, taxonomy: Taxonomy?, strings: Strings, zone: LocalZone = .system
    ) throws(Failure) -> [String] {
        let report = SessionReport.build(state, taxonomy: taxonomy, strings: strings, zone: zone)
        let base = state.file.hasSuffix(".jsonl") ? String(state.file.dropLast(".jsonl".count)) : state.file
        var written: [String] = []
        for kind in [ReportKind.md, .html] {
            let path = base + "." + kind.rawValue
            try write(kind.render(report, strings: strings), to: path)
            written.append(path)
        }
        return written
    }
}
