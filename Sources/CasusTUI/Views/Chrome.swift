import CasusCore

/// The frame every screen shares: a title bar on top and the key hints at the
/// bottom, so a trainer always knows where the room is and what to press.
public enum Chrome {
    /// Draws the bars and returns the rows left for content.
    public static func draw(title: String, right: String = "", hints: String, into buffer: inout CellBuffer) -> Range<Int> {
        guard buffer.height >= 2 else { return 0..<buffer.height }
        buffer.fill(.title, x: 0, y: 0, width: buffer.width, height: 1)
        let rightWidth = DisplayWidth.ofDrawn(right)
        let titleSpace = max(0, buffer.width - rightWidth - 3)
        buffer.put(" " + TextWrap.truncate(title, width: titleSpace), x: 0, y: 0, role: .title)
        if rightWidth > 0 && rightWidth + 1 < buffer.width {
            buffer.put(right, x: buffer.width - rightWidth - 1, y: 0, role: .title)
        }
        let bottom = buffer.height - 1
        buffer.fill(.hint, x: 0, y: bottom, width: buffer.width, height: 1)
        buffer.put(" " + TextWrap.truncate(hints, width: buffer.width - 2), x: 0, y: bottom, role: .hint)
        return 1..<bottom
    }
}
