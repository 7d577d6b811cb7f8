import CasusCore

/// Shown instead of a squeezed layout when the window is below the minimum:
/// it says how to fix it rather than drawing garbage.
public enum TooSmallView {
    public static func render(strings: Strings, minimum: (width: Int, height: Int), into buffer: inout CellBuffer) {
        let message = strings.windowTooSmall(buffer.width, buffer.height, minimum.width, minimum.height)
        let lines = TextWrap.wrap(message, width: buffer.width)
        let top = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < buffer.height {
            buffer.put(line, x: 0, y: top + i, role: .warning)
        }
    }
}
