/// Where session events go; the executable writes them to disk, tests collect them.
public protocol SessionLogSink: AnyObject {
    var path: String { get }
    func append(_ event: SessionEvent) throws
    /// The whole session anew at `path`, and every later event there: after the log vanished
    /// or could not be synced, everything the room confirmed is written again.
    func rewrite(to path: String) throws
}

extension SessionLogSink {
    public func rewrite(to path: String) throws { throw LogRewriteUnsupported(path: path) }
}

/// A sink that keeps nothing to write again (a test's memory sink).
public struct LogRewriteUnsupported: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "\(path): this log cannot be written anew" }
}

/// What a failed append says about the log: whether the lines the room confirmed are now
/// only in memory (the file was removed, replaced, or not synced), and how to tell the room.
public protocol SessionLogFailure: Error {
    var logIsLost: Bool { get }
    func message(_ strings: Strings) -> String
}
