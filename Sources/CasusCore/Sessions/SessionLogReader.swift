/// Reads a session log back: one JSON object per line. The writer forces each
/// line to disk before the screen confirms it, so only the last line can be
/// cut short (power loss, full disk); that one is dropped and reported.
public enum SessionLogReader {
    /// Logs grow with notes and a large library's hashes; far beyond this is not a log.
    public static let sizeLimit = 64 << 20

    public struct Contents: Sendable {
        public let file: String
        public let events: [LoggedEvent]
        /// Bytes of an unfinished last line that were left out; 0 when the log ends cleanly.
        public let truncatedBytes: Int
        /// Byte length of the whole lines, where a resumed session appends.
        public let wholeLength: Int
    }

    public static func parse(_ bytes: [UInt8], file: String) -> Result<Contents, SessionLogError> {
        var events: [LoggedEvent] = []
        var start = 0
        var line = 0
        var truncated = 0
        var whole = 0
        while start < bytes.count {
            line += 1
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
            let slice = Array(bytes[start..<(end ?? bytes.count)])
            let next = end.map { $0 + 1 } ?? bytes.count
            defer { start = next }
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                if end != nil { whole = next }
                continue
            }
            let value: JSONValue
            do {
                value = try JSONParser.parse(slice, maxDepth: 16)
            } catch {
                // Only the last line may be unfinished; a broken line before it means the file was edited or damaged.
                if end == nil {
                    truncated = slice.count
                    break
                }
                return .failure(.corrupt(file: file, line: line, syntax: error.reason))
            }
            guard let event = LoggedEvent(value, line: line) else {
                return .failure(.corrupt(file: file, line: line, syntax: nil))
            }
            guard event.version <= SessionEvent.formatVersion else {
                return .failure(.newerVersion(file: file, line: line, found: event.version))
            }
            events.append(event)
            whole = next
        }
        guard events.first?.type == "sessie_start" else { return .failure(.notASession(file: file)) }
        return .success(Contents(file: file, events: events, truncatedBytes: truncated, wholeLength: whole))
    }
}

public enum SessionLogError: Error, Sendable, Equatable {
    case unreadable(file: String, ReadFailure)
    /// `syntax` nil: valid JSON, but not an event (no `v`, `tijd`, `sessie` or `type`).
    case corrupt(file: String, line: Int, syntax: JSONParseError.Reason?)
    case newerVersion(file: String, line: Int, found: Int)
    case notASession(file: String)
    case notFound(String)
    case noUnfinishedSession(directory: String)

    public var file: String? {
        switch self {
        case .unreadable(let file, _), .corrupt(let file, _, _), .newerVersion(let file, _, _), .notASession(let file): file
        case .notFound, .noUnfinishedSession: nil
        }
    }
}
