import CasusCore

/// The bars around every game screen: case title and timer on top, phase and
/// groups below it, key hints at the bottom. Returns the area for content.
public struct GameFrame {
    public struct Header {
        public var title: String
        public var phase: String
        public var timer: String?
        public var timerAlert: Bool
        public var groups: [(name: String, locked: Bool)]
        public var activeGroup: Int?
    }

    public var header: Header
    public var hints: String
    public var strings: PlayStrings

    public init(header: Header, hints: String, strings: PlayStrings) {
        self.header = header
        self.hints = hints
        self.strings = strings
    }

    @discardableResult
    public func render(area: Rect, buffer: inout CellBuffer) -> Rect {
        buffer.clipped(to: area) { buffer in
            let content = Chrome(title: header.title, right: header.timer ?? "", hints: hints).render(area: area, buffer: &buffer)
            if header.timerAlert, let timer = header.timer {
                let w = DisplayWidth.ofDrawn(timer)
                buffer.put(timer, x: area.right - w - 1, y: area.y, role: .warning)
            }
            guard content.height > 2 else { return content }
            var y = content.y
            let phaseWidth = buffer.put(header.phase, x: area.x + 1, y: y, role: .heading)
            let labels = header.groups.enumerated().map { index, group in
                (index == header.activeGroup ? "▸" : " ") + group.name + (group.locked ? strings.lockedMark : "")
            }
            let needed = labels.reduce(0) { $0 + DisplayWidth.ofDrawn($1) + 1 }
            var x = area.x + phaseWidth + 3
            // Groups go beside the phase when they fit, else on a line of their own,
            // shortened equally when even that is too narrow (8 groups on a projector).
            if !labels.isEmpty && x + needed >= area.right && content.height > 4 {
                y += 1
                x = area.x + 1
            }
            let room = area.right - x - 1
            let each = needed <= room ? Int.max : max(3, room / max(1, labels.count) - 1)
            for (index, label) in labels.enumerated() {
                let text = TextWrap.truncate(label, width: each)
                let width = DisplayWidth.ofDrawn(text)
                guard x + width < area.right else { break }
                let group = header.groups[index]
                let role: Role = index == header.activeGroup ? .selected : (group.locked ? .accent : .muted)
                buffer.put(text, x: x, y: y, role: role)
                x += width + 1
            }
            let rule = content.split(rows: y + 1 - content.y).rest
            buffer.horizontalLine(rule)
            return rule.inset(top: 1)
        }
    }

    /// "04:59", or the expired/paused variants.
    public static func timerText(_ timer: PhaseTimer, now: Double, strings: PlayStrings) -> String {
        if timer.expired { return "◷ " + strings.timerExpired }
        let left = timer.remaining(at: now)
        let clock = String(left / 60).leftPad(2) + ":" + String(left % 60).leftPad(2)
        return timer.isRunning ? "◷ " + clock : "‖ " + clock + " " + strings.timerPaused
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
