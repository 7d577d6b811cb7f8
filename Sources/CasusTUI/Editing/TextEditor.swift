import CasusCore

/// A small multi-line editor for notes, group names and learning questions:
/// insert anywhere, cursor keys, Backspace/Delete across line ends. Works on
/// grapheme clusters, so ‘é’ typed as e + accent moves as one character.
public struct TextEditor: Sendable, Equatable {
    public private(set) var lines: [[Character]]
    public private(set) var row = 0
    public private(set) var column = 0
    public let singleLine: Bool

    public init(text: String = "", singleLine: Bool = false) {
        self.singleLine = singleLine
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(SafeText.sanitize(String($0))) }
        lines = split.isEmpty ? [[]] : (singleLine ? [Array(split.joined(separator: [" "]))] : split)
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    public enum Edit: Sendable, Equatable {
        case insert(Character)
        case newline, backspace, delete, left, right, up, down, home, end
    }

    public mutating func apply(_ edit: Edit) {
        switch edit {
        case .insert(let c):
            // Untrusted input too: never store a control character.
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return }
            lines[row].insert(c, at: column)
            column += 1
        case .newline:
            guard !singleLine else { return }
            let rest = Array(lines[row][column...])
            lines[row].removeSubrange(column...)
            lines.insert(rest, at: row + 1)
            row += 1
            column = 0
        case .backspace:
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
            } else if row > 0 {
                column = lines[row - 1].count
                lines[row - 1] += lines.remove(at: row)
                row -= 1
            }
        case .delete:
            if column < lines[row].count {
                lines[row].remove(at: column)
            } else if row + 1 < lines.count {
                lines[row] += lines.remove(at: row + 1)
            }
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .up:
            if row > 0 { row -= 1; column = min(column, lines[row].count) }
        case .down:
            if row + 1 < lines.count { row += 1; column = min(column, lines[row].count) }
        case .home: column = 0
        case .end: column = lines[row].count
        }
    }

    /// Maps a key to an edit; nil for keys the editor does not use.
    public static func edit(for key: Key) -> Edit? {
        switch key {
        case .character(let c): .insert(c)
        case .enter: .newline
        case .backspace: .backspace
        case .delete: .delete
        case .left: .left
        case .right: .right
        case .up: .up
        case .down: .down
        case .home: .home
        case .end: .end
        default: nil
        }
    }
}
