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

    /// Writes via a temporary file and rename, so a reader never sees half a report.
    public static func write(_ text: String, to path: String) throws(Failure) {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(text.utf8)
        } catch let error as Errno {
            Glibc.close(fd)
            unlink(temporary)
            throw Failure(path: path, reason: String(cString: strerror(error.rawValue)))
        } catch {
            Glibc.close(fd)
            unlink(temporary)
            throw Failure(path: path, reason: String(describing: error))
        }
        let synced = fsync(fd) == 0
        Glibc.close(fd)
        guard synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// The Markdown and HTML report beside the log (`…/ID.jsonl` → `…/ID.md`, `…/ID.html`), for the end screen's `r`.
    public static func writeBesideLog(_ state: SessionState, taxonomy: Taxonomy?, strings: Strings) throws(Failure) -> [String] {
        let report = SessionReport.build(state, taxonomy: taxonomy, strings: strings)
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
