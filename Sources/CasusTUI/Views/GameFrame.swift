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
            let w = DisplayWidth.ofDrawn(timer)
            buffer.put(timer, x: buffer.width - w - 1, y: 0, role: .warning)
        }
        guard content.count > 2 else { return content }
        var y = content.lowerBound
        let phaseWidth = buffer.put(header.phase, x: 1, y: y, role: .heading)
        let labels = header.groups.enumerated().map { index, group in
            (index == header.activeGroup ? "▸" : " ") + group.name + (group.locked ? strings.lockedMark : "")
        }
        let needed = labels.reduce(0) { $0 + DisplayWidth.ofDrawn($1) + 1 }
        var x = phaseWidth + 3
        // Groups go beside the phase when they fit, else on a line of their own,
        // shortened equally when even that is too narrow (8 groups on a projector).
        if !labels.isEmpty && x + needed >= buffer.width && content.count > 4 {
            y += 1
            x = 1
        }
        let room = buffer.width - x - 1
        let each = needed <= room ? Int.max : max(3, room / max(1, labels.count) - 1)
        for (index, label) in labels.enumerated() {
            let text = TextWrap.truncate(label, width: each)
            let width = DisplayWidth.ofDrawn(text)
            guard x + width < buffer.width else { break }
            let group = header.groups[index]
            let role: Role = index == header.activeGroup ? .selected : (group.locked ? .accent : .muted)
            buffer.put(text, x: x, y: y, role: role)
            x += width + 1
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
