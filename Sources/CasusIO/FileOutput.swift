import CasusCore
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Plain writes to stdout/stderr without Foundation's buffering surprises, and the
/// one place every command's output passes: nothing written here can carry an
/// escape sequence to the terminal (see `SafeText`).
public struct FileOutput: Sendable {
    let fd: FileDescriptor

    public static let standardOutput = FileOutput(fd: .standardOutput)
    public static let standardError = FileOutput(fd: .standardError)

    /// Text for people: messages, tables, diagnostics, file names. Control characters are
    /// shown as stand-ins (^[, �), bidi overrides dropped; newlines and tabs stay layout.
    public func write(_ text: String) {
        writeRaw(SafeText.forTerminal(text))
    }

    /// A document in a format that escapes for itself (JSON, CSV, HTML, Markdown), for other
    /// programs: written as it is, so it stays valid and lossless. Only a control character its
    /// writer should have escaped (and did not) is still replaced, never passed to a terminal.
    public func write(document text: String) {
        writeRaw(SafeText.forDocument(text))
    }

    /// Whether a person is probably watching (a terminal, not a file or a pipe).
    public var isTerminal: Bool { isatty(fd.rawValue) == 1 }

    /// The program's own control characters (a `\r` that rewrites a progress line); never text from outside.
    func writeControl(_ text: String) {
        writeRaw(text)
    }

    /// A closed pipe or a full disk has no one left to tell: the write is dropped.
    private func writeRaw(_ text: String) {
        _ = try? fd.writeAll(text.utf8)
    }
}
