/// Case files, group names and notes are untrusted. Before any of it reaches a
/// cell, control characters become visible stand-ins (␛ for ESC, � for the
/// rest) and invisible formatting characters (bidi overrides, zero-width) are
/// dropped, so no escape sequence or reordering ever reaches the terminal.
public enum SafeText {
    /// `keepingNewlines` for reports, where a note's line breaks are part of what the group wrote.
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where isUnsafe(scalar) && !(keepingNewlines && scalar == "\n") {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1B: out.append("␛")
            case 0x09: out.append(" ")
            case 0x0A: out.append(keepingNewlines ? "\n" : " ")
            case 0x0D: out.append(" ")
            case _ where TextCheck.isControl(scalar): out.append("\u{FFFD}")
            case _ where TextCheck.isInvisibleFormatting(scalar): continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        TextCheck.isControl(scalar) || TextCheck.isInvisibleFormatting(scalar)
    }
}
