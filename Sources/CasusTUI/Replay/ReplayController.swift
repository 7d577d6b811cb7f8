import CasusCore

/// `terugkijken`: steps through a session's frames, read-only. The frames are
/// the game's own views; only the bottom line changes to say where you are.
public final class ReplayController: TerminalProgram {
    public let frames: [ReplayFrame]
    public private(set) var index = 0
    public private(set) var scroll = 0
    let library: CaseLibrary
    let strings: Strings

    public init(frames: [ReplayFrame], library: CaseLibrary, strings: Strings) {
        self.frames = frames
        self.library = library
        self.strings = strings
    }

    public func render(into buffer: inout CellBuffer) {
        let s = strings.session
        guard frames.indices.contains(index) else {
            let content = Chrome.draw(title: strings.appName, hints: s.replayHint, into: &buffer)
            buffer.put(s.replayEmpty, x: 2, y: content.lowerBound + 1, role: .body, maxWidth: buffer.width - 4)
            return
        }
        var model = frames[index].model
        model.scroll = scroll
        GameScreen.render(model, library: library, strings: strings, now: 0, into: &buffer)
        let bottom = buffer.height - 1
        // The clock time is enough on one line; the date is in the session list and the report.
        let clock = String(ReportFormat.date(frames[index].time).dropFirst(11).prefix(5))
        let position = s.replayPosition(index + 1, frames.count, clock)
        buffer.fill(.hint, x: 0, y: bottom, width: buffer.width, height: 1)
        let used = buffer.put(" " + position, x: 0, y: bottom, role: .hint, maxWidth: buffer.width)
        buffer.put("  " + s.replayHint, x: used, y: bottom, role: .hint, maxWidth: max(0, buffer.width - used))
    }

    public func handle(_ key: Key) -> Bool {
        switch key {
        case .character("q"), .escape: return false
        case .right, .character("l"), .character(" "), .enter, .pageDown: move(to: index + 1)
        case .left, .character("h"), .backspace, .pageUp: move(to: index - 1)
        case .home: move(to: 0)
        case .end: move(to: frames.count - 1)
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        default: break
        }
        return true
    }

    private func move(to target: Int) {
        let clamped = min(max(0, target), max(0, frames.count - 1))
        if clamped != index { scroll = 0 }
        index = clamped
    }
}
