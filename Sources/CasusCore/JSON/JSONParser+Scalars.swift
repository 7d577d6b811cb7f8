/// Numbers and strings: the byte-level scanning, kept beside the value parser.
extension JSONParser {
    // MARK: - Numbers

    mutating func parseNumber() throws(JSONParseError) -> String {
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

    mutating func invalidNumber(from start: Int) -> JSONParseError {
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

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: - Strings

    mutating func parseString() throws(JSONParseError) -> String {
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
    mutating func skipUTF8Sequence() throws(JSONParseError) {
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

    mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
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

    mutating func hex4(_ escapeLocation: SourceLocation) throws(JSONParseError) -> UInt32 {
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
