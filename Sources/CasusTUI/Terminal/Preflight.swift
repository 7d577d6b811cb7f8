import CNcursesw
import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// Checks that a curses screen can start, before anything touches the
/// terminal. `initscr()` would print and `exit(1)` on an unknown TERM and draw
/// garbage on `dumb`; this turns each case into a clear message.
public enum Preflight {
    public enum Failure: Error, Equatable {
        case notATerminal
        case termUnset
        case termUnusable(String)
    }

    public static func check() -> Failure? {
        guard isatty(0) == 1, isatty(1) == 1 else { return .notATerminal }
        guard let raw = getenv("TERM"), raw.pointee != 0 else { return .termUnset }
        let term = String(cString: raw)
        var error: Int32 = 0
        // A non-nil error pointer makes setupterm report instead of exiting.
        guard setupterm(raw, 1, &error) == OK, error == 1 else { return .termUnusable(term) }
        let canAddress = casus_has_capability("cup") == 1
        casus_release_setupterm()
        return canAddress ? nil : .termUnusable(term)
    }

    public static func message(_ failure: Failure, _ strings: Strings) -> String {
        switch failure {
        case .notATerminal: strings.notATerminal
        case .termUnset: strings.termUnset
        case .termUnusable(let term): strings.termUnusable(term)
        }
    }
}
