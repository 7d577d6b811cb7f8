/// The xterm 256-colour palette above the 16 basic colours. Indices 16–255 have the same RGB
/// in xterm, VTE, Konsole, tmux, kitty and Windows Terminal; 0–15 are whatever the terminal's
/// scheme says (bold black is grey in xterm, dark blue is unreadable in some schemes), so a
/// contrast promise can only rest on 16–255.
public enum Palette {
    public struct RGB: Sendable, Equatable, CustomStringConvertible {
        public var red: Int, green: Int, blue: Int
        public init(_ red: Int, _ green: Int, _ blue: Int) { (self.red, self.green, self.blue) = (red, green, blue) }
        public var description: String {
            "#" + [red, green, blue].map { value in
                let hex = String(value, radix: 16)
                return hex.count < 2 ? "0" + hex : hex
            }.joined()
        }
    }

    /// The six levels of each axis of the 6×6×6 cube (16–231): not evenly spaced, 0 then 95 + 40k.
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The fixed RGB of a palette index, or nil for the basic colours (0–15), the terminal's
    /// default (-1) and anything outside the palette.
    public static func rgb(_ index: Int) -> RGB? {
        switch index {
        case 16...231:
            let cube = index - 16
            return RGB(cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        case 232...255:
            let level = 8 + 10 * (index - 232)
            return RGB(level, level, level)
        default:
            return nil
        }
    }
}
