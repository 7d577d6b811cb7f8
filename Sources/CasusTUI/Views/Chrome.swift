import CasusCore

/// The frame every screen shares: a title bar on top and the key hints at the
/// bottom, so a trainer always knows where the room is and what to press.
public struct Chrome {
    public var title: String
    public var right: String
    public var hints: String

    public init(title: String, right: String = "", hints: String) {
        self.title = title
        self.right = right
        self.hints = hints
    }

    /// Draws the bars and returns the area left for content between them.
    @discardableResult
    public func render(area: Rect, buffer: inout CellBuffer) -> Rect {
        guard area.height >= 2 else { return area }
        buffer.clipped(to: area) { buffer in
            buffer.fill(.title, area.row(0))
            let rightWidth = DisplayWidth.ofDrawn(right)
            let titleSpace = max(0, area.width - rightWidth - 3)
            buffer.put(" " + TextWrap.truncate(title, width: titleSpace), x: area.x, y: area.y, role: .title)
            if rightWidth > 0 && rightWidth + 1 < area.width {
                buffer.put(right, x: area.right - rightWidth - 1, y: area.y, role: .title)
            }
            let bottom = area.row(area.height - 1)
            buffer.fill(.hint, bottom)
            buffer.put(" " + TextWrap.truncate(hints, width: area.width - 2), x: bottom.x, y: bottom.y, role: .hint)
        }
        return area.inset(top: 1, bottom: 1)
    }
}
