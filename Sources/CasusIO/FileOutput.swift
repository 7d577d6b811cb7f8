import SystemPackage

/// Plain writes to stdout/stderr without Foundation's buffering surprises.
public struct FileOutput: Sendable {
    let fd: FileDescriptor

    public static let standardOutput = FileOutput(fd: .standardOutput)
    public static let standardError = FileOutput(fd: .standardError)

    /// A closed pipe or a full disk has no one left to tell: the write is dropped.
    public func write(_ text: String) {
        _ = try? fd.writeAll(text.utf8)
    }
}
