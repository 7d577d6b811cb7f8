/// Why a file is not valid JSON, and where. The parser stops at the first such
/// problem: after a syntax error nothing further in the file can be trusted.
public struct JSONParseError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case empty
        case unexpectedEnd
        case unexpectedCharacter(String)
        case trailingComma
        case missingComma
        case expectedColon
        case expectedKey
        case invalidEscape(String)
        case loneSurrogate
        case invalidUTF8
        case controlCharacterInString(UInt32)
        case invalidNumber(String)
        case tooDeep(limit: Int)
        case duplicateKey(String)
        case trailingContent
    }

    public let reason: Reason
    public let location: SourceLocation

    public init(_ reason: Reason, at location: SourceLocation) {
        self.reason = reason
        self.location = location
    }
}
