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
            let code = Casusspel.exitCode(for: error)
            if code == .validationFailure {
                let message = Casusspel.fullMessage(for: error)
                FileOutput.standardError.write(message + "\n")
                exit(2)
            }
            Casusspel.exit(withError: error)
        }
    }
}
