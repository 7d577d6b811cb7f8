/// Case text is untrusted and ends up on a terminal. Control characters (which
/// could form escape sequences) are errors; invisible formatting characters
/// (bidi overrides, zero-width) are warnings: legitimate in rare scripts, but
/// they can make a text read differently than it is stored.
public enum TextCheck {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
    }

    /// Characters that reorder text (the bidi embeddings, overrides, isolates and marks): the only
    /// ones besides control characters that sanitising removes.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    public static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C: true
        default: false
        }
    }

    /// Problems in one text value: at most one per kind, the first occurrence.
    public static func problems(in text: String) -> [(Problem, Diagnostic.Severity)] {
        if isPlainlySafe(text) { return [] }
        var result: [(Problem, Diagnostic.Severity)] = []
        if let control = text.unicodeScalars.first(where: isControl) {
            result.append((.controlCharacter(control.value), .error))
        }
        if let invisible = firstHiddenFormatting(in: text) {
            result.append((.invisibleCharacter(invisible.value), .warning))
        }
        // The terminal game shows a stand-in for what one cell cannot hold; reports show it whole.
        if let grapheme = text.first(where: { CellText.needsVisibleStandIn($0) && !$0.unicodeScalars.contains(where: isControl) }),
            case let standIn = CellText.standIn(for: grapheme), !standIn.isEmpty
        {
            result.append((.cannotDrawWhole(String(grapheme), standIn: standIn), .warning))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || isInvisibleFormatting($0) }) {
            result.append((.emptyText, .error))
        }
        return result
    }

    /// The first invisible formatting character that hides something: a zero-width joiner between
    /// two emoji is how a family, a profession or a rainbow flag is written, and is left alone.
    static func firstHiddenFormatting(in text: String) -> Unicode.Scalar? {
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() where isInvisibleFormatting(scalar) {
            let joinsEmoji =
                scalar.value == 0x200D && i > 0 && i + 1 < scalars.count && isEmojiPart(scalars[i - 1]) && isEmojiPart(scalars[i + 1])
            if !joinsEmoji { return scalar }
        }
        return nil
    }

    /// An emoji (not one of the digits and signs that are emoji only with a selector), its
    /// presentation selector or a skin-tone modifier.
    static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFE0F || (scalar.value > 0xFF && (scalar.properties.isEmoji || scalar.properties.isEmojiModifier))
    }

    /// One pass over the UTF-8 bytes that proves the common case (no control, no
    /// invisible formatting, some visible character) without decoding scalars.
    /// Anything it cannot prove goes to the exact check above.
    static func isPlainlySafe(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var visible = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F { return false }
                    if b != 0x20 { visible = true }
                    i += 1
                    continue
                }
                // U+0080–U+009F (C2 80–9F) and U+061C (D8 9C), U+200B–U+206F (E2 80/81 …), U+FEFF (EF BB BF);
                // combining diacritics (CC, CD) and the planes of emoji and flags (F0–F4) may not fit one cell.
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                switch b {
                case 0xC2 where next <= 0x9F: return false
                case 0xD8 where next == 0x9C: return false
                case 0xE2 where next == 0x80 || next == 0x81:
                    let third = i + 2 < bytes.count ? bytes[i + 2] : 0
                    if next == 0x80 && ((0x8B...0x8F).contains(third) || (0xA8...0xAF).contains(third)) { return false }
                    if next == 0x81 && (0x9F...0xAF).contains(third) { return false }
                case 0xEF where next == 0xBB: return false
                case 0xCC, 0xCD, 0xF0...0xF4: return false
                default: break
                }
                // A non-ASCII scalar outside those ranges: visible unless it is Unicode white space,
                // which only the exact check can tell; one visible ASCII character settles it anyway.
                i += 1
                while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
            }
            return visible
        }
    }
}
