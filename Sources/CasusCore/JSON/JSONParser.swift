/// A strict RFC 8259 parser over raw bytes that records the line and column of
/// every value and key. Foundation's decoders only give a coding path; course
/// designers need "line 14, column 9". It also refuses what Foundation would
/// accept or crash on: invalid UTF-8, lone surrogates, duplicate keys, and
/// nesting deeper than `maxDepth` (no stack overflow on 100 000 brackets).
public struct JSONParser {
    public static let defaultMaxDepth = 64

    /// Borrowed for the duration of `parse`: no bounds-checked, reference-counted array access in the hot loops.
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0
    let maxDepth: Int

    // Line/column bookkeeping: positions are asked for in increasing order, so
    // counting forward from the last answer keeps this linear even on one long line.
    var line = 1
    var lineStart = 0
    var markPos = 0
    var markColumn = 1

    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, maxDepth: maxDepth)
            do throws(JSONParseError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        // Editors on Windows write a byte-order mark; it is not an error worth a designer's time.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            pos = 3
            lineStart = 3
            markPos = 3
        }
        skipWhitespace()
        if pos >= bytes.count {
            throw JSONParseError(.empty, at: location())
        }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if pos < bytes.count {
            throw JSONParseError(.trailingContent, at: location())
        }
        return value
    }

    // MARK: - Positions

    mutating func location() -> SourceLocation {
        location(of: pos)
    }

    mutating func location(of offset: Int) -> SourceLocation {
        if offset < markPos || markPos < lineStart {
            markPos = lineStart
            markColumn = 1
        }
        var column = markColumn
        var i = markPos
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        markPos = offset
        markColumn = column
        return SourceLocation(line: line, column: column)
    }

    mutating func newLine(after offset: Int) {
        line += 1
        lineStart = offset + 1
        markPos = lineStart
        markColumn = 1
    }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0D: pos += 1
            case 0x0A:
                newLine(after: pos)
                pos += 1
            default: return
            }
        }
    }

    // MARK: - Values

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
        let start = location()
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1, start: start)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1, start: start)
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONValue(.bool(true), at: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONValue(.bool(false), at: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONValue(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try parseNumber()), at: start)
        default:
            throw unexpected()
        }
    }

    mutating func literal(_ word: String) throws(JSONParseError) {
        let expected = word.utf8
        guard pos + expected.count <= bytes.count, bytes[pos..<pos + expected.count].elementsEqual(expected) else {
            throw unexpected()
        }
        pos += expected.count
    }

    mutating func unexpected() -> JSONParseError {
        guard pos < bytes.count else { return JSONParseError(.unexpectedEnd, at: location()) }
        return JSONParseError(.unexpectedCharacter(characterDescription(at: pos)), at: location())
    }

    /// The character at `offset` as a designer would see it; bytes that are not
    /// valid UTF-8 are reported as such rather than shown.
    func characterDescription(at offset: Int) -> String {
        let end = min(bytes.count, offset + 4)
        var decoder = UTF8()
        var iterator = bytes[offset..<end].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            }
            return String(scalar)
        }
        return "0x" + String(bytes[offset], radix: 16, uppercase: true)
    }

    mutating func parseObject(depth: Int, start: SourceLocation) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw JSONParseError(.tooDeep(limit: maxDepth), at: start) }
        pos += 1
        var members: [JSONMember] = []
        // One allocation for a typical object instead of growing 1 → 2 → 4 → 8.
        members.reserveCapacity(8)
        // Objects in case files have a handful of keys: a linear scan beats hashing every key.
        var seen: Set<String>?
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return JSONValue(.object(members), at: start)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
            guard bytes[pos] == UInt8(ascii: "\"") else {
                if bytes[pos] == UInt8(ascii: "}") && !members.isEmpty {
                    throw JSONParseError(.trailingComma, at: location())
                }
                throw JSONParseError(.expectedKey, at: location())
            }
            let keyLocation = location()
            let key = try parseString()
            if members.count >= 16 {
                if seen == nil { seen = Set(members.map(\.key)) }
                if !seen!.insert(key).inserted { throw JSONParseError(.duplicateKey(key), at: keyLocation) }
            } else if members.contains(where: { $0.key == key }) {
                throw JSONParseError(.duplicateKey(key), at: keyLocation)
            }
            skipWhitespace()
            guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
            guard bytes[pos] == UInt8(ascii: ":") else { throw JSONParseError(.expectedColon, at: location()) }
            pos += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"):
                pos += 1
                return JSONValue(.object(members), at: start)
            case UInt8(ascii: "\""): throw JSONParseError(.missingComma, at: location())
            default: throw unexpected()
            }
        }
    }

    mutating func parseArray(depth: Int, start: SourceLocation) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw JSONParseError(.tooDeep(limit: maxDepth), at: start) }
        pos += 1
        var elements: [JSONValue] = []
        elements.reserveCapacity(4)
        skipWhitespace()
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return JSONValue(.array(elements), at: start)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
            if bytes[pos] == UInt8(ascii: "]") && !elements.isEmpty {
                throw JSONParseError(.trailingComma, at: location())
            }
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                return JSONValue(.array(elements), at: start)
            case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["):
                throw JSONParseError(.missingComma, at: location())
            default: throw unexpected()
            }
        }
    }
}
