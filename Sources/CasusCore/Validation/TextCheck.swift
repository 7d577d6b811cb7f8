/// Case text is untrusted and ends up on a terminal. Control characters (which
/// could form escape sequences) are errors; invisible formatting characters
/// (bidi overrides, zero-width) are warnings: legitimate in rare scripts, but
/// they can make a text read differently than it is stored.
public enum TextCheck {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
    }

    public static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C: true
        default: false
        }
    }

    /// Problems in one text value: at most one per kind, the first occurrence.
    public static func problems(in text: String) -> [(Problem, Diagnostic.Severity)] {
        var result: [(Problem, Diagnostic.Severity)] = []
        if let control = text.unicodeScalars.first(where: isControl) {
            result.append((.controlCharacter(control.value), .error))
        }
        if let invisible = text.unicodeScalars.first(where: isInvisibleFormatting) {
            result.append((.invisibleCharacter(invisible.value), .warning))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || isInvisibleFormatting($0) }) {
            result.append((.emptyText, .error))
        }
        return result
    }
}
