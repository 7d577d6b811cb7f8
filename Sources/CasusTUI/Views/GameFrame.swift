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
            let marks = header.groups.indices.map { index in
                (turn: index == header.activeGroup ? "▸" : " ", locked: header.groups[index].locked ? strings.lockedMark : "")
            }
            let width = { (names: [String]) in
                zip(names, marks).reduce(0) { $0 + DisplayWidth.ofDrawn($1.1.turn + $1.0 + $1.1.locked) + 1 }
            }
            var names = header.groups.map(\.name)
            var x = area.x + phaseWidth + 3
            // Groups go beside the phase when they fit, else on a line of their own; when even that
            // is too narrow (8 groups on a projector) they show their short labels ("Laak", "Escamp Z").
            if !names.isEmpty && x + width(names) >= area.right && content.height > 4 {
                y += 1
                x = area.x + 1
            }
            let room = area.right - x - 1
            if width(names) > room {
                let marksWidth = marks.reduce(0) { $0 + DisplayWidth.ofDrawn($1.turn + $1.locked) + 1 }
                names = GroupLabels.fitted(names, width: room - marksWidth)
            }
            // Still too wide: every name is cut equally, but the turn marker and the lock mark never are.
            let each = width(names) <= room ? Int.max : max(1, room / max(1, names.count) - 3)
            for (index, name) in names.enumerated() {
                let text = marks[index].turn + TextWrap.truncate(name, width: each) + marks[index].locked
                let textWidth = DisplayWidth.ofDrawn(text)
                guard x + textWidth < area.right else { break }
                let group = header.groups[index]
                let role: Role = index == header.activeGroup ? .selected : (group.locked ? .accent : .muted)
                buffer.put(text, x: x, y: y, role: role)
                x += textWidth + 1
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
