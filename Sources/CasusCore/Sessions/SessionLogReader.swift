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
        /// Lines that are JSON events but not ones this build can read (unknown type, a
        /// field missing or of the wrong type): left out, and named to whoever reads the log.
        public let skippedLines: [SkippedLine]
        /// A broken line before the last (the file was edited or damaged): reading stopped there,
        /// and `events` holds everything before it. Readers show that and say where they stopped.
        public let damage: SessionLogError?
    }

    public struct SkippedLine: Sendable, Equatable {
        public let line: Int
        public let problem: EventDecodingError
    }

    public static func parse(_ bytes: [UInt8], file: String) -> Result<Contents, SessionLogError> {
        var events: [LoggedEvent] = []
        var skipped: [SkippedLine] = []
        var damage: SessionLogError?
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
                } else {
                    damage = .corrupt(file: file, line: line, syntax: error.reason)
                }
                break
            }
            switch LoggedEvent.read(value, line: line) {
            case .success(let event):
                events.append(event)
            case .failure(.notAnEvent):
                damage = .corrupt(file: file, line: line, syntax: nil)
            case .failure(.newerVersion(let found)):
                return .failure(.newerVersion(file: file, line: line, found: found))
            case .failure(.invalid(let problem)):
                skipped.append(SkippedLine(line: line, problem: problem))
            }
            if damage != nil { break }
            whole = next
        }
        if let damage, events.isEmpty { return .failure(damage) }
        guard case .sessionStarted = events.first?.event.kind, skipped.first.map({ $0.line > events[0].line }) ?? true else {
            return .failure(.notASession(file: file))
        }
        return .success(
            Contents(file: file, events: events, truncatedBytes: truncated, wholeLength: whole, skippedLines: skipped, damage: damage))
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
