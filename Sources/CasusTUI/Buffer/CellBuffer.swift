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
/// and clipped by display width, so nothing can wrap over a border.
public struct CellBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from (x, y), at most `maxWidth` cells (default: to the right edge).
    /// Returns the number of cells used. A grapheme one terminal cell cannot hold is
    /// drawn as its visible stand-in (`CellText`), so what the cells hold is what
    /// `DisplayWidth.ofDrawn` measured.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .body, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? width, width - max(x, 0))
        var column = x
        var used = 0
        for grapheme in SafeText.sanitize(text) {
            let parts = CellText.drawn(grapheme)
            // A stand-in is drawn whole or not at all: half of `[NL]` would read as something else.
            guard used + parts.reduce(0, { $0 + DisplayWidth.of($1) }) <= limit else { break }
            for part in parts {
                let w = DisplayWidth.of(part)
                if w == 0 { continue }
                if column >= 0 {
                    cells[y * width + column] = Cell(text: part, role: role)
                    if w == 2 { cells[y * width + column + 1] = Cell(text: "", role: role) }
                }
                column += w
                used += w
            }
        }
        return used
    }

    public mutating func fill(_ role: Role, x: Int, y: Int, width w: Int, height h: Int, with text: String = " ") {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                cells[row * width + column] = Cell(text: text, role: role)
            }
        }
    }

    public mutating func horizontalLine(y: Int, from x: Int = 0, width w: Int? = nil, role: Role = .frame) {
        fill(role, x: x, y: y, width: w ?? width - x, height: 1, with: "─")
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
