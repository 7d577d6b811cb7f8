import CasusCore

/// The text editor as a framed box over all but a one-cell margin of its area,
/// lines hard-wrapped at the box width, the cursor as a highlighted cell.
struct EditorBox: View {
    var editor: TextEditor
    var title: String
    var hint: String

    func render(area: Rect, buffer: inout CellBuffer) {
        let frame = area.inset(by: 1)
        let text = frame.inset(by: 1)
        buffer.clipped(to: frame) { buffer in
            Border().render(area: frame, buffer: &buffer)
            buffer.put(" " + title + " ", x: text.x, y: frame.y, role: .heading, maxWidth: text.width)
            buffer.put(" " + hint + " ", x: text.x, y: frame.bottom - 1, role: .muted, maxWidth: text.width)
            let (rows, cursorRow) = wrappedRows(width: text.width - 1)
            let first = max(0, cursorRow - text.height + 1)
            for (offset, row) in rows.dropFirst(first).prefix(text.height).enumerated() {
                let y = text.y + offset
                buffer.fill(.body, text.row(offset))
                buffer.put(row.text, x: text.x, y: y, role: .body, maxWidth: text.width)
                if let column = row.cursorColumn {
                    let under = buffer[text.x + column, y].text
                    buffer.put(under == " " || under.isEmpty ? " " : under, x: text.x + column, y: y, role: .selected)
                }
            }
        }
    }

    /// Each line cut into chunks of `width` cells, with the cursor's column on the chunk that holds it.
    private func wrappedRows(width: Int) -> (rows: [(text: String, cursorColumn: Int?)], cursorRow: Int) {
        var rows: [(text: String, cursorColumn: Int?)] = []
        var cursorRow = 0
        for (index, line) in editor.lines.enumerated() {
            var chunks: [[Character]] = []
            var current: [Character] = []
            var used = 0
            for c in line {
                let w = DisplayWidth.ofDrawn(String(c))
                if used + w > width {
                    chunks.append(current)
                    current = []
                    used = 0
                }
                current.append(c)
                used += w
            }
            chunks.append(current)
            var consumed = 0
            for (chunkIndex, chunk) in chunks.enumerated() {
                var cursorColumn: Int?
                let isLast = chunkIndex == chunks.count - 1
                if index == editor.row && editor.column >= consumed && (editor.column < consumed + chunk.count || isLast) {
                    cursorColumn = DisplayWidth.ofDrawn(String(chunk.prefix(editor.column - consumed)))
                    cursorRow = rows.count
                }
                rows.append((String(chunk), cursorColumn))
                consumed += chunk.count
            }
        }
        return (rows, cursorRow)
    }
}
