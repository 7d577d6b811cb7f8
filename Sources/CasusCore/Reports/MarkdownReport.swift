/// The report as Markdown, to paste into a mail to participants. Every value
/// is escaped for where it stands (see `MarkdownInline`), so a group name, note
/// or session id shows as the text it is and never as markup.
public enum MarkdownReport {
    public static func render(_ report: SessionReport, strings: Strings) -> String {
        render(ReportDocument.build(report, strings: strings))
    }

    public static func render(_ document: ReportDocument) -> String {
        blocks(document.blocks).map(block).joined(separator: "\n")
    }

    /// Markdown has no sections: a case is its blocks in a row.
    private static func blocks(_ blocks: [ReportDocument.Block]) -> [ReportDocument.Block] {
        blocks.flatMap { block -> [ReportDocument.Block] in
            if case .section(let inner) = block { return Self.blocks(inner) }
            return [block]
        }
    }

    /// One block as whole lines; blocks are separated by a blank line.
    private static func block(_ block: ReportDocument.Block) -> String {
        switch block {
        case .heading(let level, let content):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + MarkdownInline.line(content) + "\n"
        case .paragraph(let content):
            return MarkdownInline.block(content, continuation: "") + "\n"
        case .fields(let fields):
            return fields.map { field in
                "- " + MarkdownInline.block([.strong([.text(field.label + ":")]), .text(" ")] + field.value, continuation: "  ") + "\n"
            }.joined()
        case .list(let ordered, let items):
            return items.enumerated().map { index, item in
                let marker = ordered ? "\(index + 1). " : "- "
                let indent = String(repeating: " ", count: marker.count)
                var out = marker + MarkdownInline.block(item.content, continuation: indent)
                if let detail = item.detail { out += "\n" + indent + MarkdownInline.block(detail, continuation: indent) }
                return out + "\n"
            }.joined()
        case .table(let header, let rows):
            return row(header) + row(header.map { _ in "---" }, escaped: false) + rows.map { row($0) }.joined()
        case .notice(let content):
            return "> " + MarkdownInline.block(content, continuation: "> ") + "\n"
        case .quotes(let quotes):
            return quotes.map { quote in
                "- " + MarkdownInline.block(quote.by + [.text(": ")] + quote.text, continuation: "  ") + "\n"
            }.joined()
        case .section(let inner):
            return blocks(inner).map(Self.block).joined(separator: "\n")
        }
    }

    private static func row(_ cells: [String], escaped: Bool = true) -> String {
        "| " + cells.map { escaped ? MarkdownInline.cell($0) : $0 }.joined(separator: " | ") + " |\n"
    }
}
