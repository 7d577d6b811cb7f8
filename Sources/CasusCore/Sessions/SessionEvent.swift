/// One line of the session log. The logger adds timestamp and session id; the
/// state machine fills in the rest. Field names are Dutch and stable: reports
/// and statistics read them.
public struct SessionEvent: Sendable, Equatable {
    public let type: String
    public var caseID: String?
    public var phase: String?
    public var group: String?
    public var data: [String: LogValue]

    public init(_ type: String, caseID: String? = nil, phase: String? = nil, group: String? = nil, data: [String: LogValue] = [:]) {
        self.type = type
        self.caseID = caseID
        self.phase = phase
        self.group = group
        self.data = data
    }

    /// One JSON object, keys sorted, without a newline.
    public func jsonLine(timestamp: String, sessionID: String, version: Int = SessionEvent.formatVersion) -> String {
        var object: [String: LogValue] = [
            "v": .int(version), "tijd": .string(timestamp), "sessie": .string(sessionID), "type": .string(type),
        ]
        if let caseID { object["casus"] = .string(caseID) }
        if let phase { object["fase"] = .string(phase) }
        if let group { object["groep"] = .string(group) }
        if !data.isEmpty { object["data"] = .object(data) }
        return LogValue.object(object).json
    }

    public static let formatVersion = 2
}

public indirect enum LogValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([LogValue])
    case object([String: LogValue])

    public var json: String {
        switch self {
        case .string(let s): return Self.quote(s)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { Self.quote($0) + ":" + members[$0]!.json }.joined(separator: ",") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
