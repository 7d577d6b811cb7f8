import CasusCore

/// Content for the area between the bars, built as wrapped lines. A view marks
/// the line that must stay visible (the cursor); `draw` scrolls to it, so every
/// screen works from 60×18 to wall size without its own scrolling code.
public struct Page {
    public struct Line {
        var segments: [(text: String, role: Role)]
        var indent: Int
    }

    public let width: Int
    public private(set) var lines: [Line] = []
    /// First and last line that must be visible.
    public private(set) var focus: ClosedRange<Int>?

    public init(width: Int) {
        self.width = max(1, width)
    }

    /// Wrapped text; `prefix` (e.g. "1. " or "▸ ") hangs in front of the first line.
    public mutating func text(_ text: String, role: Role = .body, indent: Int = 0, prefix: String = "", prefixRole: Role? = nil) {
        let prefixWidth = DisplayWidth.ofDrawn(prefix)
        let wrapped = TextWrap.wrap(text, width: max(1, width - indent - prefixWidth))
        for (i, line) in wrapped.enumerated() {
            let lead = i == 0 ? prefix : String(repeating: " ", count: prefixWidth)
            lines.append(Line(segments: [(lead, prefixRole ?? role), (line, role)], indent: indent))
        }
    }

    /// One line of several differently styled pieces, cut at the width.
    public mutating func segments(_ segments: [(String, Role)], indent: Int = 0) {
        lines.append(Line(segments: segments.map { (text: $0.0, role: $0.1) }, indent: indent))
    }

    public mutating func blank() {
        lines.append(Line(segments: [], indent: 0))
    }

    /// Marks everything added inside `body` as the part that must be on screen.
    public mutating func focused(_ body: (inout Page) -> Void) {
        let start = lines.count
        body(&self)
        if lines.count > start { focus = start...(lines.count - 1) }
    }

    /// The first line to show so that the focus is visible, given a preferred scroll.
    public func firstLine(rows: Int, preferred: Int) -> Int {
        var first = min(max(0, preferred), max(0, lines.count - rows))
        // A focus that is not wholly visible comes to the top (with a line of context), so
        // a long option or explanation is read from its start.
        if let focus, focus.lowerBound < first || focus.upperBound >= first + rows {
            first = min(max(0, focus.lowerBound - 1), max(0, lines.count - rows))
        }
        return max(0, first)
    }

    /// Draws into `area`, scrolled so the focus shows: the lines in the page's width from the
    /// area's left edge, "▲"/"▼" in the column after them when there is more above or below.
    /// With `fromFocus`, `scroll` counts from where the focus places the page (PageDown in a reveal
    /// scrolls past the item the cursor is on, to what follows it).
    public func draw(in area: Rect, scroll: Int, fromFocus: Bool = false, into buffer: inout CellBuffer) {
        buffer.clipped(to: area) { buffer in
            let first =
                fromFocus
                ? min(max(0, firstLine(rows: area.height, preferred: 0) + scroll), max(0, lines.count - area.height))
                : firstLine(rows: area.height, preferred: scroll)
            for (offset, row) in area.rows.enumerated() {
                let index = first + offset
                guard index < lines.count else { break }
                var column = area.x + lines[index].indent
                let limit = area.x + width
                for segment in lines[index].segments where column < limit {
                    column += buffer.put(segment.text, x: column, y: row, role: segment.role, maxWidth: limit - column)
                }
            }
            let marker = area.x + width
            if first > 0 { buffer.put("▲", x: marker, y: area.y, role: .accent) }
            if first + area.height < lines.count { buffer.put("▼", x: marker, y: area.bottom - 1, role: .accent) }
        }
    }
}
