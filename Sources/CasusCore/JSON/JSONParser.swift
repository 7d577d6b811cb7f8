/// A strict RFC 8259 parser over raw bytes that records the line and column of
/// every value and key. Foundation's decoders only give a coding path; course
/// designers need "line 14, column 9". It also refuses what Foundation would
/// accept or crash on: invalid UTF-8, lone surrogates, duplicate keys, and
/// nesting deeper than `maxDepth` (no stack overflow on 100 000 brackets).
public struct JSONParser {
    public static let defaultMaxDepth = 64

    /// Borrowed for the duration of `parse`: no bounds-checked, reference-counted array access in the hot loops.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private let maxDepth: Int

    // Line/column bookkeeping: positions are asked for in increasing order, so
    // counting forward from the last answer keeps this linear even on one long line.
    private var line = 1
    private var lineStart = 0
    private var markPos = 0
    private var markColumn = 1

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

    private mutating func parseDocument() throws(JSONParseError) -> JSONValue {
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

    private mutating func location() -> SourceLocation {
        location(of: pos)
    }

    private mutating func location(of offset: Int) -> SourceLocation {
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

    private mutating func newLine(after offset: Int) {
        line += 1
        lineStart = offset + 1
        markPos = lineStart
        markColumn = 1
    }

    private mutating func skipWhitespace() {
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

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
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

    private mutating func literal(_ word: String) throws(JSONParseError) {
        let expected = word.utf8
        guard pos + expected.count <= bytes.count, bytes[pos..<pos + expected.count].elementsEqual(expected) else {
            throw unexpected()
        }
        pos += expected.count
    }

    private mutating func unexpected() -> JSONParseError {
        guard pos < bytes.count else { return JSONParseError(.unexpectedEnd, at: location()) }
        return JSONParseError(.unexpectedCharacter(characterDescription(at: pos)), at: location())
    }

    /// The character at `offset` as a designer would see it; bytes that are not
    /// valid UTF-8 are reported as such rather than shown.
    private func characterDescription(at offset: Int) -> String {
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

    private mutating func parseObject(depth: Int, start: SourceLocation) throws(JSONParseError) -> JSONValue {
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

    private mutating func parseArray(depth: Int, start: SourceLocation) throws(JSONParseError) -> JSONValue {
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

    // MARK: - Numbers

    private mutating func parseNumber() throws(JSONParseError) -> String {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        guard pos < bytes.count, isDigit(bytes[pos]) else { throw invalidNumber(from: start) }
        if bytes[pos] == UInt8(ascii: "0") {
            pos += 1
            if pos < bytes.count && isDigit(bytes[pos]) { throw invalidNumber(from: start) }
        } else {
            while pos < bytes.count && isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count && bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw invalidNumber(from: start) }
            while pos < bytes.count && isDigit(bytes[pos]) { pos += 1 }
        }
        if pos < bytes.count && (bytes[pos] | 0x20) == UInt8(ascii: "e") {
            pos += 1
            if pos < bytes.count && (bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard pos < bytes.count, isDigit(bytes[pos]) else { throw invalidNumber(from: start) }
            while pos < bytes.count && isDigit(bytes[pos]) { pos += 1 }
        }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    private mutating func invalidNumber(from start: Int) -> JSONParseError {
        var end = pos
        while end < bytes.count && end - start < 24,
            !([0x20, 0x09, 0x0A, 0x0D] as [UInt8]).contains(bytes[end]),
            !([UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")]).contains(bytes[end])
        {
            end += 1
        }
        let text = String(decoding: bytes[start..<max(end, start)], as: UTF8.self)
        return JSONParseError(.invalidNumber(text), at: location(of: start))
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: - Strings

    private mutating func parseString() throws(JSONParseError) -> String {
        pos += 1  // opening quote
        var out: [UInt8] = []
        var escaped = false
        var runStart = pos
        while true {
            guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\"") {
                defer { pos += 1 }
                // Most strings have no escapes: straight from the file's bytes, already validated.
                guard escaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]), as: UTF8.self) }
                out.append(contentsOf: bytes[runStart..<pos])
                return String(decoding: out, as: UTF8.self)
            } else if byte == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<pos])
                escaped = true
                try parseEscape(into: &out)
                runStart = pos
            } else if byte < 0x20 {
                throw JSONParseError(.controlCharacterInString(UInt32(byte)), at: location())
            } else if byte < 0x80 {
                pos += 1
            } else {
                try skipUTF8Sequence()
            }
        }
    }

    /// Validates one multi-byte UTF-8 sequence (no overlongs, no surrogates, ≤ U+10FFFF).
    private mutating func skipUTF8Sequence() throws(JSONParseError) {
        let lead = bytes[pos]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: throw JSONParseError(.invalidUTF8, at: location())
        }
        guard pos + length <= bytes.count else { throw JSONParseError(.invalidUTF8, at: location()) }
        let second = bytes[pos + 1]
        guard second >= lower && second <= upper else { throw JSONParseError(.invalidUTF8, at: location()) }
        for i in 2..<length where bytes[pos + i] & 0xC0 != 0x80 {
            throw JSONParseError(.invalidUTF8, at: location())
        }
        // C1 controls (U+0080–U+009F) are valid UTF-8 but forbidden raw in JSON strings
        // just like C0: they act as terminal controls.
        if lead == 0xC2 && second <= 0x9F {
            throw JSONParseError(.controlCharacterInString(UInt32(second)), at: location())
        }
        pos += length
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
        let escapeLocation = location()
        pos += 1
        guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
        let byte = bytes[pos]
        pos += 1
        switch byte {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4(escapeLocation)
            if (0xDC00...0xDFFF).contains(scalar) {
                throw JSONParseError(.loneSurrogate, at: escapeLocation)
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
                else { throw JSONParseError(.loneSurrogate, at: escapeLocation) }
                pos += 2
                let low = try hex4(escapeLocation)
                guard (0xDC00...0xDFFF).contains(low) else { throw JSONParseError(.loneSurrogate, at: escapeLocation) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            // Checked above: never a surrogate, never above U+10FFFF.
            out.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
        default:
            pos -= 1
            throw JSONParseError(.invalidEscape("\\" + characterDescription(at: pos)), at: escapeLocation)
        }
    }

    private mutating func hex4(_ escapeLocation: SourceLocation) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard pos < bytes.count else { throw JSONParseError(.unexpectedEnd, at: location()) }
            let byte = bytes[pos]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw JSONParseError(.invalidEscape("\\u…"), at: escapeLocation)
            }
            value = value << 4 | digit
            pos += 1
        }
        return value
    }
}
