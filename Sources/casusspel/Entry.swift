import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

/// ArgumentParser exits 64 on usage errors; the documented contract is 2, like
/// most Unix tools, so the entry point maps it.
@main
enum Entry {
    static func main() {
        do {
            var command = try Casusspel.parseAsRoot()
            try command.run()
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
