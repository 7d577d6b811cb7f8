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
        ReplayView(
            frame: frames.indices.contains(index) ? frames[index] : nil, position: index + 1, count: frames.count, scroll: scroll,
            library: library, strings: strings
        ).render(area: buffer.area, buffer: &buffer)
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
