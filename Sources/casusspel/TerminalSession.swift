import ArgumentParser
import CasusCore
import CasusIO
import CasusTUI

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal around a full-screen program: checks first, signals caught,
/// curses started and always stopped, a signal's exit status passed on.
enum TerminalSession {
    /// No tty, no usable TERM: one line of explanation and exit status 2, before anything starts.
    static func preflight(_ strings: Strings) throws {
        if let failure = Preflight.check() {
            FileOutput.standardError.write(Preflight.message(failure, strings) + "\n")
            throw ExitCode(2)
        }
    }

    static func run<Program: TerminalProgram>(
        theme: Theme.Name, strings: Strings, program makeProgram: () -> Program, interrupted: (Program, Int32) -> Void = { _, _ in }
    ) throws {
        try preflight(strings)
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        Signals.install()
        defer { Signals.uninstall() }
        guard let screen = CursesScreen(theme: Theme.named(theme, noColor: noColor)) else {
            FileOutput.standardError.write(strings.cannotStartTerminal + "\n")
            throw ExitCode(2)
        }
        let program = makeProgram()
        let outcome = RunLoop.run(screen: screen, strings: strings, program: program)
        if case .signal(let signal) = outcome { interrupted(program, signal) }
        screen.stop()
        if case .signal(let signal) = outcome { throw ExitCode(128 + signal) }
    }
}
