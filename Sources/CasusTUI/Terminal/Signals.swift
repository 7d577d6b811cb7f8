import CNcursesw

#if canImport(Glibc)
    import Glibc
#endif

/// Signal handling for the curses session. Termination signals only record
/// which one arrived; the input loop sees it (the blocking read returns with
/// EINTR) and leaves through the normal path, so the terminal is restored and
/// logs are closed by ordinary Swift code. Crash signals restore the terminal
/// and re-raise, so the backtrace prints on a normal screen.
public enum Signals {
    // The one piece of global state: a C signal handler cannot capture context.
    nonisolated(unsafe) private static var pending: Int32 = 0
    nonisolated(unsafe) private static var continued: Int32 = 0

    public static let termination: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashes: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

    public static func install() {
        pending = 0
        for signal in termination {
            setHandler(signal, flags: 0) { Signals.pending = $0 }
        }
        setHandler(SIGCONT, flags: Int32(SA_RESTART)) { _ in Signals.continued = 1 }
        for signal in crashes {
            // SA_RESETHAND (0x80000000) does not fit Int32 as a literal: use its bit pattern.
            setHandler(signal, flags: Int32(bitPattern: UInt32(SA_RESETHAND))) { signal in
                casus_endwin()
                raise(signal)
            }
        }
    }

    /// Back to the default dispositions, once the screen is gone.
    public static func uninstall() {
        for signal in termination + crashes + [SIGCONT] {
            Glibc.signal(signal, SIG_DFL)
        }
    }

    /// The termination signal that arrived, if any.
    public static var received: Int32? { pending == 0 ? nil : pending }

    /// True once after a SIGCONT (resume after Ctrl-Z), when keypad mode must be re-sent.
    public static func takeContinued() -> Bool {
        guard continued != 0 else { return false }
        continued = 0
        return true
    }

    private static func setHandler(_ signal: Int32, flags: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        action.sa_flags = flags
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
    }
}
