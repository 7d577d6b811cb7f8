import CasusCore

/// The bars around every game screen: case title and timer on top, phase and
/// groups below it, key hints at the bottom. Returns the rows for content.
public enum GameFrame {
    public struct Header {
        public var title: String
        public var phase: String
        public var timer: String?
        public var timerAlert: Bool
        public var groups: [(name: String, locked: Bool)]
        public var activeGroup: Int?
    }

    public static func draw(_ header: Header, hints: String, strings: PlayStrings, into buffer: inout CellBuffer) -> Range<Int> {
        let content = Chrome.draw(title: header.title, right: header.timer ?? "", hints: hints, into: &buffer)
        if header.timerAlert, let timer = header.timer {
            let w = DisplayWidth.of(timer)
            buffer.put(timer, x: buffer.width - w - 1, y: 0, role: .warning)
        }
        guard content.count > 2 else { return content }
        let y = content.lowerBound
        var x = 1
        x += buffer.put(header.phase, x: x, y: y, role: .heading)
        if !header.groups.isEmpty {
            x += 2
            for (index, group) in header.groups.enumerated() {
                let label = group.name + (group.locked ? strings.lockedMark : "")
                let isActive = index == header.activeGroup
                let text = isActive ? "▸" + label : " " + label
                let w = DisplayWidth.of(text)
                if x + w >= buffer.width - 1 {
                    buffer.put("…", x: min(x, buffer.width - 2), y: y, role: .muted)
                    break
                }
                buffer.put(text, x: x, y: y, role: isActive ? .selected : (group.locked ? .accent : .muted))
                x += w + 1
            }
        }
        buffer.horizontalLine(y: y + 1)
        return (y + 2)..<content.upperBound
    }

    /// "04:59", or the expired/paused variants.
    public static func timerText(_ timer: PhaseTimer, now: Double, strings: PlayStrings) -> String {
        if timer.expired { return "⏱ " + strings.timerExpired }
        let left = timer.remaining(at: now)
        let clock = String(left / 60).leftPad(2) + ":" + String(left % 60).leftPad(2)
        return timer.isRunning ? "⏱ " + clock : "⏸ " + clock + " " + strings.timerPaused
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
