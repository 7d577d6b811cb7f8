/// Case files, group names, notes, logs and file names are untrusted. Before any
/// of it reaches a terminal (a cell of the game, or a line any command prints),
/// control characters become visible stand-ins (^[ for ESC, � for the rest) and
/// bidi controls are dropped, so no escape sequence or reordering ever reaches the
/// terminal. Nothing else is removed: zero-width joiners, variation selectors and
/// skin-tone modifiers are part of what someone wrote.
public enum SafeText {
    /// For one line of the game, or a report cell: tabs and line breaks become spaces, unless
    /// `keepingNewlines` (reports, where a note's line breaks are part of what the group wrote).
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        clean(text, newlines: keepingNewlines, tabs: false)
    }

    /// For text any command prints to stdout or stderr: newlines and tabs are the output's own
    /// layout there and stay; everything else is sanitised as in the game.
    public static func forTerminal(_ text: String) -> String {
        clean(text, newlines: true, tabs: true)
    }

    /// For a document other programs read (JSON, CSV, HTML, Markdown), already escaped for its
    /// format: nothing is dropped (a bidi character in a note is part of the note), only a C0
    /// control other than tab, newline and the carriage return of CSV's line ends, DEL or a C1
    /// control is replaced, as no format carries those raw.
    public static func forDocument(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { TextCheck.isControl($0) && !isDocumentLayout($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(TextCheck.isControl(scalar) && !isDocumentLayout(scalar) ? documentStandIn(for: scalar) : scalar)
        }
        return String(out)
    }

    static func isDocumentLayout(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\t" || scalar == "\r"
    }

    private static func clean(_ text: String, newlines: Bool, tabs: Bool) -> String {
        func kept(_ scalar: Unicode.Scalar) -> Bool { (newlines && scalar == "\n") || (tabs && scalar == "\t") }
        var needsWork = false
        for scalar in text.unicodeScalars where isUnsafe(scalar) && !kept(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if kept(scalar) {
                out.append(scalar)
            } else if TextCheck.isControl(scalar) {
                out.append(contentsOf: standIn(for: scalar).unicodeScalars)
            } else if !TextCheck.isBidiControl(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// What a control character is shown as: ^[ for ESC (the start of every escape sequence, worth
    /// recognising; caret notation as `cat -v` shows it, because the ␛ symbol is missing from
    /// DejaVu Sans Mono and Noto Sans Mono), a space for white space, � for the rest.
    static func standIn(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: "^["
        case 0x09, 0x0A, 0x0D: " "
        default: "\u{FFFD}"
        }
    }

    /// A document's writer escapes control characters itself; this is the safety net, inserted
    /// after the format's escaping, so it must mean nothing there: ␛ rather than ^[, whose bracket
    /// could open a Markdown link.
    static func documentStandIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value == 0x1B ? "\u{241B}" : "\u{FFFD}"  // ␛, as an escape: GlyphCoverageTests reads literals as drawn
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        TextCheck.isControl(scalar) || TextCheck.isBidiControl(scalar)
    }
}
