/// One line read back from a session log: the envelope every line has, and the
/// typed event it carries.
public struct LoggedEvent: Sendable {
    public let line: Int
    public let version: Int
    public let time: String
    public let session: String
    public let event: SessionEvent

    public var type: String { event.type }

    /// Reads the envelope (`v`, `tijd`, `sessie`, `type`) and decodes the event.
    static func read(_ value: JSONValue, line: Int) -> Result<LoggedEvent, LineProblem> {
        guard let fields = value.members, let version = fields["v"]?.intValue, let time = fields["tijd"]?.stringValue,
            let session = fields["sessie"]?.stringValue, let type = fields["type"]?.stringValue
        else { return .failure(.notAnEvent) }
        guard version <= SessionEvent.formatVersion else { return .failure(.newerVersion(version)) }
        do {
            let event = try SessionEvent.decode(
                type: type, caseID: fields["casus"]?.stringValue, phase: fields["fase"]?.stringValue,
                group: fields["groep"]?.stringValue, data: fields["data"]?.members ?? [:])
            return .success(LoggedEvent(line: line, version: version, time: time, session: session, event: event))
        } catch {
            return .failure(.invalid(error))
        }
    }

    private init(line: Int, version: Int, time: String, session: String, event: SessionEvent) {
        self.line = line
        self.version = version
        self.time = time
        self.session = session
        self.event = event
    }

    enum LineProblem: Error {
        case notAnEvent
        case newerVersion(Int)
        case invalid(EventDecodingError)
    }
}

extension JSONValue {
    public var stringValue: String? {
        if case .string(let s) = kind { s } else { nil }
    }

    /// Whole numbers only: the log never writes fractions.
    public var intValue: Int? {
        if case .number(let literal) = kind { Int(literal) } else { nil }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = kind { b } else { nil }
    }

    public var elements: [JSONValue]? {
        if case .array(let items) = kind { items } else { nil }
    }

    /// An object's members by key; a later duplicate wins, as in most JSON readers.
    public var members: [String: JSONValue]? {
        guard case .object(let list) = kind else { return nil }
        var out: [String: JSONValue] = [:]
        for member in list { out[member.key] = member.value }
        return out
    }
}
