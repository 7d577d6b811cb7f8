import CasusCore

/// Shown instead of a squeezed layout when the window is below the minimum:
/// it says how to fix it rather than drawing garbage.
public struct TooSmallView: View {
    public var strings: Strings
    public var minimum: (width: Int, height: Int)

    public init(strings: Strings, minimum: (width: Int, height: Int)) {
        self.strings = strings
        self.minimum = minimum
    }

    public func render(area: Rect, buffer: inout CellBuffer) {
        buffer.clipped(to: area) { buffer in
            let message = strings.windowTooSmall(area.width, area.height, minimum.width, minimum.height)
            let lines = TextWrap.wrap(message, width: area.width)
            let top = max(0, (area.height - lines.count) / 2)
            for (i, line) in lines.enumerated() where top + i < area.height {
                buffer.put(line, x: area.x, y: area.y + top + i, role: .warning)
            }
        }
    }
}
