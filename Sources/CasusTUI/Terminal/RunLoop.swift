import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// The input loop every interactive screen shares: render, flush, wait for a
/// key (sleeping in the kernel, so an idle screen costs no CPU), repeat.
public enum RunLoop {
    public static let minimumSize = (width: 60, height: 18)
    static let signalCheckMilliseconds = 2_000

    public enum Outcome: Equatable {
        case finished
        /// Ended by a signal (or Ctrl-C): the caller exits with 128 + signal.
        case signal(Int32)
    }

    /// Runs `program` until it finishes or a signal arrives.
    public static func run(screen: CursesScreen, strings: Strings, program: some TerminalProgram) -> Outcome {
        var keyLog = TestKeyLog()
        var keysHandled = 0
        while true {
            program.tick()
            if program.takeFlashRequest() { screen.flash() }
            let (width, height) = screen.size
            var buffer = CellBuffer(width: width, height: height)
            let tooSmall = width < minimumSize.width || height < minimumSize.height
            if tooSmall {
                TooSmallView(strings: strings, minimum: minimumSize).render(area: buffer.area, buffer: &buffer)
            } else {
                program.render(into: &buffer)
            }
            screen.draw(buffer)
            keyLog?.frameFlushed(keys: keysHandled, width: width, height: height)

            // Sleeps in the kernel until a key, a signal or the next timer second: ~0% CPU when idle.
            // The read never blocks longer than `signalCheckMilliseconds`: a signal that lands just
            // before the read starts would otherwise wait for the next key to be noticed.
            let key = screen.readKey(
                timeout: min(program.wakeAfterMilliseconds() ?? Self.signalCheckMilliseconds, Self.signalCheckMilliseconds))
            if let signal = Signals.received { return .signal(signal) }
            if Signals.takeContinued() { screen.invalidate() }
            guard let key else { continue }
            if key != .resize { keysHandled += 1 }
            switch key {
            case .interrupt: return .signal(SIGINT)
            case .suspend: screen.suspend()
            case .resize: screen.invalidate()
            default:
                if tooSmall {
                    // Only quitting works on the too-small screen; nothing else is visible to act on.
                    if key == .character("q") { return .finished }
                } else if !program.handle(key) {
                    return .finished
                }
            }
        }
    }
}

/// An interactive screen driven by `RunLoop`.
public protocol TerminalProgram: AnyObject {
    func render(into buffer: inout CellBuffer)
    /// Applies a key; false ends the loop.
    func handle(_ key: Key) -> Bool
    /// How long the loop may sleep without a key (nil: until a key arrives).
    func wakeAfterMilliseconds() -> Int?
    /// Called before every frame, e.g. to advance a timer.
    func tick()
    /// True once when the screen should flash (the timer reached zero).
    func takeFlashRequest() -> Bool
}

extension TerminalProgram {
    public func wakeAfterMilliseconds() -> Int? { nil }
    public func tick() {}
    public func takeFlashRequest() -> Bool { false }
}
