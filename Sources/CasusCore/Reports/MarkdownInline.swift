/// Writes inline content as CommonMark (with GFM tables) so that untrusted
/// text stays text. What can open markup anywhere in a line is escaped
/// everywhere: `\` `` ` `` `*` `_` `[` `]` `#` `!` `|` `~`, `<` and `>` as
/// entities, `&` where it would start an entity. What opens a block only at
/// the start of a line (`-` `+` `=`, `1.` and `1)`, indentation) is escaped
/// there: at the start of a block and after every line break. `(` and `)` stay
/// as they are: they only matter after a `]`, which never survives unescaped.
struct MarkdownInline {
    typealias Inline = ReportDocument.Inline

    /// What follows a line break, to stay inside the block (`"  "` in a list item); nil: one line only.
    private let continuation: String?
    private let inTable: Bool
    private var atLineStart: Bool
    private var out = ""

    /// Content of a block that may span lines (paragraph, list item, quote).
    static func block(_ content: [Inline], continuation: String) -> String {
        var writer = MarkdownInline(continuation: continuation, inTable: false, atLineStart: true)
        writer.write(content)
        return writer.out
    }

    /// A heading's text: one line, where a line break becomes a space.
    static func line(_ content: [Inline]) -> String {
        var writer = MarkdownInline(continuation: nil, inTable: false, atLineStart: false)
        writer.write(content)
        return writer.out
    }

    /// A table cell: one line, and a `|` must not end the cell (also inside code).
    static func cell(_ text: String) -> String {
        var writer = MarkdownInline(continuation: nil, inTable: true, atLineStart: false)
        writer.write([.text(text)])
        return writer.out
    }

    /// A code span whose fence is longer than any run of backticks inside, so the value cannot close it.
    static func code(_ value: String, inTable: Bool = false) -> String {
        let text = SafeText.sanitize(value)
        guard !text.isEmpty else { return "" }
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        // CommonMark strips one space from each end when both ends have one, and a value
        // starting or ending with a backtick would merge with the fence: pad, and the padding is stripped.
        let (first, last) = (text.unicodeScalars.first, text.unicodeScalars.last)
        let allSpaces = text.unicodeScalars.allSatisfy { $0 == " " }
        let pad = first == "`" || last == "`" || (first == " " && last == " " && !allSpaces)
        var body = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if inTable && scalar == "|" { body.append("\\") }
            body.append(scalar)
        }
        return fence + (pad ? " " : "") + String(body) + (pad ? " " : "") + fence
    }

    private mutating func write(_ content: [Inline]) {
        for inline in content {
            switch inline {
            case .text(let text): write(text: text)
            case .lineBreak: lineBreak()
            case .code(let value):
                let span = Self.code(value, inTable: inTable)
                if !span.isEmpty { emitMarkup(span) }
            case .emphasis(let inner): wrap(inner, in: "*")
            case .strong(let inner): wrap(inner, in: "**")
            }
        }
    }

    /// A delimiter run only opens after non-space and closes before it: spaces at the ends go outside.
    private mutating func wrap(_ inner: [Inline], in delimiter: String) {
        var writer = MarkdownInline(continuation: continuation, inTable: inTable, atLineStart: false)
        writer.write(inner)
        let text = writer.out
        let core = text.trimmingSpaces
        guard !core.isEmpty else {
            if !text.isEmpty { emitMarkup(text) }
            return
        }
        let leading = text.prefix { $0 == " " }
        let trailing = String(text.reversed().prefix { $0 == " " })
        emitMarkup(leading + delimiter + core + delimiter + trailing)
    }

    private mutating func emitMarkup(_ markup: String) {
        out += markup
        atLineStart = false
    }

    private mutating func lineBreak() {
        if let continuation {
            // Two spaces before a line break would make a hard break (`<br>`), which the writer does not produce.
            while out.hasSuffix(" ") { out.removeLast() }
            out += "\n" + continuation
            atLineStart = true
        } else {
            out += " "
        }
    }

    /// By Unicode scalar, not by Character: `[` followed by a combining mark is one Character
    /// that is not equal to `[`, but CommonMark still reads it as a bracket.
    private mutating func write(text: String) {
        let scalars = Array(ReportFormat.clean(text).unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            if scalar == "\n" {
                lineBreak()
                continue
            }
            if atLineStart {
                // Leading spaces could make an indented code block, and the block's own indentation already holds it.
                if scalar == " " { continue }
                atLineStart = false
                if scalar == "-" || scalar == "+" || scalar == "=" {
                    out += "\\" + String(scalar)
                    continue
                }
                if Self.isDigit(scalar) {
                    var end = index
                    while end < scalars.count, Self.isDigit(scalars[end]) { end += 1 }
                    if end < scalars.count, scalars[end] == "." || scalars[end] == ")" {
                        out.unicodeScalars.append(contentsOf: scalars[index..<end])
                        out += "\\" + String(scalars[end])
                        index = end
                        continue
                    }
                }
            }
            out += Self.escaped(scalar, next: index + 1 < scalars.count ? scalars[index + 1] : nil)
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> String {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "#", "!", "|", "~": "\\" + String(scalar)
        case "<": "&lt;"
        case ">": "&gt;"
        // `&amp;` or `&#60;` would show as one character; a lone `&` is shown as it is.
        case "&" where next.map { $0 == "#" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) } == true: "\\&"
        default: String(scalar)
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
