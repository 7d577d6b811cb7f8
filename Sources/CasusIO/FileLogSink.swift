import CasusCore

/// Stamps each event with the wall-clock time and appends it, flushed, to the session file.
public final class FileLogSink: SessionLogSink {
    public let writer: SessionLogWriter
    public var path: String { writer.path }

    public init(directory: String) throws {
        writer = try SessionLogWriter(directory: directory, sessionID: WallClock.sessionID())
    }

    public init(resuming path: String, sessionID: String, validLength: Int) throws {
        writer = try SessionLogWriter(resuming: path, sessionID: sessionID, validLength: validLength)
    }

    public func append(_ event: SessionEvent) throws {
        try writer.append(event, timestamp: WallClock.timestamp())
    }
}
