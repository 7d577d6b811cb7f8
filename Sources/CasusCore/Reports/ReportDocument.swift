/// A report as a few kinds of block, built once from a `SessionReport`. The
/// Markdown and HTML writers only say how each block is written, so the two
/// formats cannot say different things, and each escapes for its own syntax.
/// Every string in a block is plain, untrusted text: no markup of any format.
public struct ReportDocument: Sendable, Equatable {
    /// For the HTML page's `<title>`; the first block is the same text as a heading.
    public var title: String
    public var blocks: [Block]

    public enum Block: Sendable, Equatable {
        case heading(level: Int, [Inline])
        case paragraph([Inline])
        /// Label and value pairs: the particulars of the session.
        case fields([Field])
        case list(ordered: Bool, [ListItem])
        /// Header and rows of plain text; a line break in a cell becomes a space.
        case table(header: [String], rows: [[String]])
        /// Something the reader must not miss (a skipped case, a changed file): not what the groups did.
        case notice([Inline])
        /// What groups wrote, each with who wrote it and where.
        case quotes([Quote])
        /// One case, kept together when printed.
        case section([Block])
    }

    public enum Inline: Sendable, Equatable {
        /// May hold line breaks; where a format cannot break (a heading, a cell) they become spaces.
        case text(String)
        case emphasis([Inline])
        case strong([Inline])
        /// Shown verbatim, on one line.
        case code(String)
        case lineBreak
    }

    public struct Field: Sendable, Equatable {
        public let label: String
        public let value: [Inline]
    }

    public struct ListItem: Sendable, Equatable {
        public let content: [Inline]
        /// A second, smaller line under the item (an option's feedback).
        public let detail: [Inline]?
        /// Stands out from the other items (the best option).
        public let highlighted: Bool

        init(_ content: [Inline], detail: [Inline]? = nil, highlighted: Bool = false) {
            self.content = content
            self.detail = detail
            self.highlighted = highlighted
        }
    }

    public struct Quote: Sendable, Equatable {
        public let by: [Inline]
        public let text: [Inline]
    }
}

extension ReportDocument.Inline {
    /// A text whose line breaks are kept as breaks (a group's note).
    static func lines(_ text: String) -> [Self] {
        var out: [Self] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append(.lineBreak) }
            out.append(.text(String(line)))
        }
        return out
    }
}
