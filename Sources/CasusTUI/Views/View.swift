/// Anything drawn on screen, as ratatui's `Widget`: a value built from what it
/// shows, drawn into the area it is given and nowhere else. Views that lay
/// out parts cut the area into smaller ones and hand those on.
public protocol View {
    func render(area: Rect, buffer: inout CellBuffer)
}
