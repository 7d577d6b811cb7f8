import CasusCore

/// What a cell means, not how it looks: the theme maps roles to colours and
/// attributes, so `mono` and `NO_COLOR` never lose information.
public enum Role: Sendable, Hashable, CaseIterable {
    case body, title, heading, hint, muted, selected, accent, warning, frame, statusBar
}

public struct Cell: Sendable, Equatable {
    /// One grapheme; "" marks the right half of a double-width character.
    public var text: String
    public var role: Role

    public static let blank = Cell(text: " ", role: .body)
}

/// A screen as a grid of cells. Views draw here; the terminal layer flushes it
/// to curses, and tests read it back as text. Everything written is sanitised
/// and clipped by display width, so nothing can wrap over a border, and
/// nothing lands outside `clip`: a view drawing into an area cannot paint beside it.
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where writes land; the whole buffer except inside `clipped(to:)`.
    public private(set) var clip: Rect

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
        clip = Rect(x: 0, y: 0, width: self.width, height: self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Runs `draw` with writes limited to `area` (within any limit already set).
    @discardableResult
    public mutating func clipped<Result>(to area: Rect, _ draw: (inout CellBuffer) -> Result) -> Result {
        let outer = clip
        clip = clip.intersection(area)
        defer { clip = outer }
        return draw(&self)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from (x, y), at most `maxWidth` cells (default: to the right edge of `clip`).
    /// Returns the number of cells used. A grapheme one terminal cell cannot hold is
    /// drawn as its visible stand-in (`CellText`), so what the cells hold is what
    /// `DisplayWidth.ofDrawn` measured.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .body, maxWidth: Int? = nil) -> Int {
        guard clip.rows.contains(y), x < clip.right else { return 0 }
        var limit = min(maxWidth ?? Int.max, clip.right - x)
        let clean = SafeText.sanitize(text)
        // Text that does not fit ends in "…", so a cut word never reads as a whole one
        // ("Beperking en gezondhei"); spaces past the edge are no loss and get none.
        let cut = limit > 0 && DisplayWidth.ofDrawn(String(clean.reversed().drop(while: \.isWhitespace).reversed())) > limit
        if cut { limit -= 1 }
        var column = x
        var used = 0
        for grapheme in clean {
            let parts = CellText.drawn(grapheme)
            // A stand-in is drawn whole or not at all: half of `[NL]` would read as something else.
            guard used + parts.reduce(0, { $0 + DisplayWidth.of($1) }) <= limit else { break }
            for part in parts {
                let w = DisplayWidth.of(part)
                if w == 0 { continue }
                if column >= clip.x {
                    cells[y * width + column] = Cell(text: part, role: role)
                    if w == 2 { cells[y * width + column + 1] = Cell(text: "", role: role) }
                }
                column += w
                used += w
            }
        }
        if cut {
            if column >= clip.x { cells[y * width + column] = Cell(text: "…", role: role) }
            used += 1
        }
        return used
    }

    public mutating func fill(_ role: Role, x: Int, y: Int, width w: Int, height h: Int, with text: String = " ") {
        fill(role, Rect(x: x, y: y, width: w, height: h), with: text)
    }

    public mutating func fill(_ role: Role, _ area: Rect, with text: String = " ") {
        let target = area.intersection(clip)
        for row in target.rows {
            for column in target.columns {
                cells[row * width + column] = Cell(text: text, role: role)
            }
        }
    }

    public mutating func horizontalLine(y: Int, from x: Int = 0, width w: Int? = nil, role: Role = .frame) {
        fill(role, x: x, y: y, width: w ?? width - x, height: 1, with: "─")
    }

    /// A rule along the top row of `area`.
    public mutating func horizontalLine(_ area: Rect, role: Role = .frame) {
        fill(role, area.row(0), with: "─")
    }

    /// The rows as plain text, trailing spaces trimmed: what a test or a
    /// `capture-pane` would show.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += cells[row * width + column].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
