import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// The input loop every interactive screen shares: render, flush, wait for a
/// key (sleeping in the kernel, so an idle screen costs no CPU), repeat.
public enum RunLoop {
    public static let minimumSize = (width: 60, height: 18)

    public enum Outcome: Equatable {
        case finished
        /// Ended by a signal (or Ctrl-C): the caller exits with 128 + signal.
        case signal(Int32)
    }

    /// - Parameters:
    ///   - render: draws the current state into a buffer of the window's size.
    ///   - handle: applies a key; returns false to leave the loop.
    public static func run(
        screen: CursesScreen, strings: Strings, render: (inout CellBuffer) -> Void, handle: (Key) -> Bool
    ) -> Outcome {
        while true {
            let (width, height) = screen.size
            var buffer = CellBuffer(width: width, height: height)
            if width < minimumSize.width || height < minimumSize.height {
                TooSmallView.render(strings: strings, minimum: minimumSize, into: &buffer)
            } else {
                render(&buffer)
            }
            screen.draw(buffer)

            let key = screen.readKey(timeout: nil)
            if let signal = Signals.received { return .signal(signal) }
            if Signals.takeContinued() { screen.invalidate() }
            guard let key else { continue }
            switch key {
            case .interrupt: return .signal(SIGINT)
            case .resize: screen.invalidate()
            default:
                if width < minimumSize.width || height < minimumSize.height {
                    // Only quitting works on the too-small screen; nothing else is visible to act on.
                    if key == .character("q") { return .finished }
                } else if !handle(key) {
                    return .finished
                }
            }
        }
    }
}
