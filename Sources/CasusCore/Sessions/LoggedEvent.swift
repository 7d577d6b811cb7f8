/// One line read back from a session log: the envelope every event has, and
/// its `data` members as parsed JSON. Readers ask for typed fields and get nil
/// when a field is absent or of another type, never a crash.
public struct LoggedEvent: Sendable {
    public let line: Int
    public let version: Int
    public let time: String
    public let session: String
    public let type: String
    public let caseID: String?
    public let phase: String?
    public let group: String?
    public let data: [String: JSONValue]

    /// Nil when the object lacks the envelope fields (`v`, `tijd`, `sessie`, `type`).
    init?(_ value: JSONValue, line: Int) {
        guard case .object(let members) = value.kind else { return nil }
        var fields: [String: JSONValue] = [:]
        for member in members { fields[member.key] = member.value }
        guard let version = fields["v"]?.intValue, let time = fields["tijd"]?.stringValue,
            let session = fields["sessie"]?.stringValue, let type = fields["type"]?.stringValue
        else { return nil }
        self.line = line
        self.version = version
        self.time = time
        self.session = session
        self.type = type
        caseID = fields["casus"]?.stringValue
        phase = fields["fase"]?.stringValue
        group = fields["groep"]?.stringValue
        data = fields["data"]?.members ?? [:]
    }

    public func string(_ key: String) -> String? { data[key]?.stringValue }
    public func int(_ key: String) -> Int? { data[key]?.intValue }
    public func bool(_ key: String) -> Bool? { data[key]?.boolValue }
    public func strings(_ key: String) -> [String] { data[key]?.elements?.compactMap(\.stringValue) ?? [] }
    public func object(_ key: String) -> [String: JSONValue]? { data[key]?.members }
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
