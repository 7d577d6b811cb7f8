/// JSON with its keys in the order an author wrote them, written back the way the
/// shipped case files look: two spaces per level, options and knelpunten one per
/// line, short lists and small objects on one line. For files people edit by hand
/// (`nieuw`, `migreer`); the session log has its own compact form (`LogValue`).
indirect enum OrderedJSON: Sendable, Equatable {
    case string(String)
    /// The literal text, so a number comes back exactly as it was written.
    case number(String)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([Member])

    struct Member: Sendable, Equatable {
        let key: String
        let value: OrderedJSON

        init(_ key: String, _ value: OrderedJSON) {
            self.key = key
            self.value = value
        }
    }

    static func int(_ n: Int) -> OrderedJSON { .number(String(n)) }

    /// Lines longer than this are broken up, unless the object is one of a list
    /// whose items stand one per line (options, knelpunten, rules).
    static let lineWidth = 120
    static let oneLineItems: Set<String> = ["opties", "knelpunten", "regels"]

    init(_ value: JSONValue) {
        switch value.kind {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let literal): self = .number(literal)
        case .string(let s): self = .string(s)
        case .array(let items): self = .array(items.map(OrderedJSON.init))
        case .object(let members): self = .object(members.map { Member($0.key, OrderedJSON($0.value)) })
        }
    }

    /// The whole document, ending in a newline.
    var written: String { render(level: 0, used: 0, owner: nil) + "\n" }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Scalars, and lists of scalars: what fits on one line.
    private var isFlat: Bool {
        switch self {
        case .array(let items): items.allSatisfy(\.isScalar)
        default: isScalar
        }
    }

    /// `used`: the width already taken on this line (indent and key); `owner`: the key this value
    /// stands under, which for an item of a list is the list's key.
    private func render(level: Int, used: Int, owner: String?) -> String {
        let pad = String(repeating: "  ", count: level + 1)
        let close = String(repeating: "  ", count: level)
        switch self {
        case .string(let s): return LogValue.quote(s)
        case .number(let literal): return literal
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) {
                let line = "[" + items.map { $0.render(level: 0, used: 0, owner: nil) }.joined(separator: ", ") + "]"
                if used + line.count <= Self.lineWidth { return line }
            }
            return "[\n" + items.map { pad + $0.render(level: level + 1, used: pad.count, owner: owner) }.joined(separator: ",\n") + "\n"
                + close + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            if members.allSatisfy(\.value.isFlat) {
                let line = "{ " + members.map { Self.memberLine($0) }.joined(separator: ", ") + " }"
                if owner.map(Self.oneLineItems.contains) == true || used + line.count <= Self.lineWidth { return line }
            }
            return "{\n"
                + members.map { member in
                    let head = pad + LogValue.quote(member.key) + ": "
                    return head + member.value.render(level: level + 1, used: head.count, owner: member.key)
                }.joined(separator: ",\n") + "\n" + close + "}"
        }
    }

    private static func memberLine(_ member: Member) -> String {
        LogValue.quote(member.key) + ": " + member.value.render(level: 0, used: 0, owner: nil)
    }
}
