/// A position in a source file, 1-based. Columns count Unicode scalars, which is
/// what editors show for Dutch text (é, ë, ‘’ are one column each).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A parsed JSON value that remembers where it stood, so every validation
/// message can point at the exact line and column a course designer must fix.
public struct JSONValue: Sendable {
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The literal text of the number, so huge values are reported, not rounded.
        case number(String)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    public let kind: Kind
    public let location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public var type: JSONType {
        switch kind {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}

public struct JSONMember: Sendable {
    public let key: String
    public let keyLocation: SourceLocation
    public let value: JSONValue
}

public enum JSONType: String, Sendable, CaseIterable {
    case null, bool, number, string, array, object
}
