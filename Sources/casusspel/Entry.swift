import ArgumentParser
import CasusCore
import CasusIO

#if canImport(Glibc)
    import Glibc
#endif

/// ArgumentParser exits 64 on usage errors; the documented contract is 2, like
/// most Unix tools, so the entry point maps it. Its messages are English: they are
/// mapped to the user's language here (`UsageErrors`).
@main
enum Entry {
    static func main() {
        let arguments = CommandLine.arguments
        let strings = Strings.for(UsageErrors.language(arguments))
        // Plain `casusspel` is what a trainer types in front of the room: straight to the game,
        // without building the whole command tree first.
        var command: ParsableCommand?
        if arguments.count > 1 {
            do {
                command = try Casusspel.parseAsRoot()
            } catch {
                fail(error, arguments: arguments, strings: strings, parsing: true)
            }
        }
        do {
            if var command { try command.run() } else { try PlayLaunch().run() }
        } catch {
            fail(error, arguments: arguments, strings: strings, parsing: false)
        }
    }

    /// ArgumentParser's messages quote what was typed (an option, a value): they go through
    /// FileOutput like every other text, never straight to the terminal.
    static func fail(_ error: Error, arguments: [String], strings: Strings, parsing: Bool) -> Never {
        // A signal's or a command's own status: no need to build a message for it.
        if let exit = error as? ExitCode { Glibc.exit(exit.rawValue) }
        let code = Casusspel.exitCode(for: error)
        if code == .success {
            FileOutput.standardOutput.write(UsageErrors.help(Casusspel.fullMessage(for: error), strings: strings) + "\n")
            Glibc.exit(0)
        }
        // The program's own refusals (a group name too long, an unknown pillar) are already in the
        // user's language and are not usage mistakes to explain with the command's syntax.
        if !parsing, let validation = error as? ValidationError {
            FileOutput.standardError.write(strings.command.errorPrefix + validation.message + "\n")
            Glibc.exit(2)
        }
        let message =
            code == .validationFailure
            ? UsageErrors.message(for: error, arguments: arguments, strings: strings) : Casusspel.fullMessage(for: error)
        if !message.isEmpty { FileOutput.standardError.write(message + "\n") }
        Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
    }
}
