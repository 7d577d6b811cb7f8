import ArgumentParser
import CasusIO

#if canImport(Glibc)
    import Glibc
#endif

/// ArgumentParser exits 64 on usage errors; the documented contract is 2, like
/// most Unix tools, so the entry point maps it.
@main
enum Entry {
    static func main() {
        do {
            // Plain `casusspel` is what a trainer types in front of the room: straight to the game,
            // without building the whole command tree first.
            if CommandLine.arguments.count == 1 {
                try PlayLaunch().run()
                return
            }
            var command = try Casusspel.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            // A signal's or a command's own status: no need to build a message for it.
            Glibc.exit(exit.rawValue)
        } catch {
            // ArgumentParser's messages quote what was typed (an option, a value): they go through
            // FileOutput like every other text, never straight to the terminal.
            let code = Casusspel.exitCode(for: error)
            let message = Casusspel.fullMessage(for: error)
            if !message.isEmpty {
                (code == .success ? FileOutput.standardOutput : FileOutput.standardError).write(message + "\n")
            }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
