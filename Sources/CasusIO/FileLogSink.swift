import CasusCore

/// Stamps each event with the wall-clock time and appends it, flushed, to the session file.
public final class FileLogSink: SessionLogSink {
    public let writer: SessionLogWriter
    public var path: String { writer.path }

    public init(directory: String) throws {
        writer = try SessionLogWriter(directory: directory, sessionID: WallClock.sessionID())
    }

    public init(resuming path: String, sessionID: String, validLength: Int, expectedSize: Int? = nil) throws {
        writer = try SessionLogWriter(resuming: path, sessionID: sessionID, validLength: validLength, expectedSize: expectedSize)
    }

    public func append(_ event: SessionEvent) throws {
        try writer.append(event, timestamp: WallClock.timestamp())
    }

    /// The whole session anew at `path`, and every later event there (see `SessionLogWriter.rewrite`).
    public func rewrite(to path: String) throws {
        try writer.rewrite(to: path)
    }
}
