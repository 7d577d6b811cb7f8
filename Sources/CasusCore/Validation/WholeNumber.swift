/// The value of a JSON number token, when it is a whole number. JSON Schema (and
/// so every editor checking a case against it) counts `3.0`, `3e0` and `30e-1` as
/// the integer 3, so the validator does too: it reads the token as a decimal
/// fraction exactly, never through a Double.
enum WholeNumber: Equatable {
    case value(Int)
    /// Whole, but beyond what an Int holds: out of any range a case uses.
    case huge
    case fractional

    init(_ literal: String) {
        if let plain = Int(literal) {
            self = .value(plain)
            return
        }
        var bytes = Substring(literal).utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let mantissaEnd = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? bytes.endIndex
        var exponent = 0
        if mantissaEnd < bytes.endIndex {
            // A 400-digit exponent is as huge (or as tiny) as it gets; clamp rather than overflow.
            let text = String(decoding: bytes[bytes.index(after: mantissaEnd)...], as: UTF8.self)
            let sign = text.hasPrefix("-") ? -1 : 1
            let digits = text.drop { $0 == "+" || $0 == "-" }
            exponent = sign * (Int(digits.prefix(9)).map { digits.count > 9 ? 1_000_000_000 : $0 } ?? 0)
        }
        var digits: [UInt8] = []
        var afterPoint = 0
        var seenPoint = false
        for byte in bytes[..<mantissaEnd] {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits.append(byte - UInt8(ascii: "0"))
                if seenPoint { afterPoint += 1 }
            } else {
                // Not a number the parser would produce; never a whole one.
                self = .fractional
                return
            }
        }
        exponent -= afterPoint
        while let last = digits.last, last == 0, digits.count > 1 {
            digits.removeLast()
            exponent += 1
        }
        while let first = digits.first, first == 0, digits.count > 1 { digits.removeFirst() }
        if digits.isEmpty || digits == [0] {
            self = .value(0)
            return
        }
        guard exponent >= 0 else {
            self = .fractional
            return
        }
        guard digits.count + exponent <= 18 else {
            self = .huge
            return
        }
        var value = 0
        for digit in digits { value = value * 10 + Int(digit) }
        for _ in 0..<exponent { value *= 10 }
        self = .value(negative ? -value : value)
    }
}
