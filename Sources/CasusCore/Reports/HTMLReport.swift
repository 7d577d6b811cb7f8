/// The report as one self-contained HTML page: no scripts, fonts or images to
/// fetch, readable on screen and on paper. Every text is escaped: case files,
/// group names and notes are untrusted.
public enum HTMLReport {
    public static func render(_ report: SessionReport, strings: Strings) -> String {
        render(ReportDocument.build(report, strings: strings), language: strings.language)
    }

    public static func render(_ document: ReportDocument, language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(document.title))</title>
        <style>\(style)</style>
        </head>
        <body>

        """ + document.blocks.map(block).joined() + "</body>\n</html>\n"
    }

    private static func block(_ block: ReportDocument.Block) -> String {
        switch block {
        case .heading(let level, let content):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>\(inline(content))</\(tag)>\n"
        case .paragraph(let content):
            return "<p>\(inline(content))</p>\n"
        case .fields(let fields):
            return "<dl>\n" + fields.map { "<dt>\(escape($0.label))</dt><dd>\(inline($0.value))</dd>\n" }.joined() + "</dl>\n"
        case .list(let ordered, let items):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>\n" + items.map(item).joined() + "</\(tag)>\n"
        case .table(let header, let rows):
            return "<table>\n" + row(header, header: true) + rows.map { row($0) }.joined() + "</table>\n"
        case .notice(let content):
            return "<p class=\"note\">\(inline(content))</p>\n"
        case .quotes(let quotes):
            return quotes.map { "<blockquote>\(inline($0.by)):<br>\(inline($0.text))</blockquote>\n" }.joined()
        case .section(let inner):
            return "<section>\n" + inner.map(Self.block).joined() + "</section>\n"
        }
    }

    private static func item(_ item: ReportDocument.ListItem) -> String {
        let detail = item.detail.map { "<br><small>\(inline($0))</small>" } ?? ""
        return "<li\(item.highlighted ? " class=\"best\"" : "")>\(inline(item.content))\(detail)</li>\n"
    }

    private static func inline(_ content: [ReportDocument.Inline]) -> String {
        content.map { inline in
            switch inline {
            case .text(let text): escape(text)
            case .emphasis(let inner): "<em>\(Self.inline(inner))</em>"
            case .strong(let inner): "<strong>\(Self.inline(inner))</strong>"
            case .code(let value): "<code>\(escape(value))</code>"
            case .lineBreak: "<br>"
            }
        }.joined()
    }

    private static func row(_ cells: [String], header: Bool = false) -> String {
        let tag = header ? "th" : "td"
        return "<tr>" + cells.map { "<\(tag)>\(escape($0))</\(tag)>" }.joined() + "</tr>\n"
    }

    /// Text content and attribute values alike; control characters are already gone.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in ReportFormat.clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#111}\
        h1{font-size:1.6em}h2{border-bottom:2px solid #2a6;margin-top:2em}h3{margin-top:1.5em}\
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}\
        table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}\
        .best{font-weight:bold}.note{background:#fff4d6;border-left:4px solid #c80;padding:.4em .8em}\
        blockquote{border-left:3px solid #ccc;margin:.5em 0;padding-left:.8em}small{color:#444}\
        @media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid-page}h2{break-after:avoid}}
        """
}
