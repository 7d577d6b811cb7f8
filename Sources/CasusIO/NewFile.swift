import SystemPackage

/// Creates a file that must not exist yet (O_EXCL): never overwrites a case someone is working on.
public enum NewFile {
    /// The reason is the system's own message (`File exists`, `Permission denied`, …).
    public static func create(_ text: String, at path: String) throws(NewFileFailure) {
        do {
            let fd = try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
            try fd.closeAfter { _ = try fd.writeAll(text.utf8) }
        } catch {
            throw NewFileFailure(path: path, reason: (error as? Errno).map { String(describing: $0) } ?? String(describing: error))
        }
    }
}

public struct NewFileFailure: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}
