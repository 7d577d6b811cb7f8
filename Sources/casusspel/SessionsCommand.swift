import ArgumentParser
import CasusCore
import CasusIO

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessies",
        abstract: "Toont de sessies, nieuwste eerst, een regel per sessie: datum, training, casussen, groepen, status."
    )

    @Option(name: .customLong("breedte"), help: "Breedte in kolommen (standaard: de terminal, $COLUMNS, of 80).")
    var width: Int?

    @OptionGroup var sessions: SessionOptions
    @OptionGroup var language: LanguageOption

    /// Id and date alone take 38 columns; below 60 no row could say more than that.
    static let leastWidth = 60

    func validate() throws {
        if let width, width < Self.leastWidth {
            throw ValidationError(language.strings.command.widthTooSmall(width, Self.leastWidth))
        }
    }

    func run() throws {
        let strings = language.strings
        let s = strings.session
        let directory = sessions.directory
        guard FileReader.isDirectory(directory) else {
            FileOutput.standardOutput.write(s.noSessions(directory) + "\n")
            return
        }
        let context = SessionContext(casesDirectory: sessions.casesDirectory, strings: strings)
        let paths = try context.unwrap(SessionDirectory.logs(in: directory))
        var sessions: [SessionState] = []
        var unreadable: [String] = []
        for path in paths.reversed() {
            switch context.read(path) {
            case .success(let contents):
                unreadable += context.warnings(contents)
                sessions.append(context.fold(contents))
            case .failure(let error): unreadable.append(context.describe(error))
            }
        }
        if sessions.isEmpty && unreadable.isEmpty {
            FileOutput.standardOutput.write(s.noSessions(directory) + "\n")
            return
        }
        FileOutput.standardOutput.write(
            SessionList.render(sessions, strings: strings, zone: .system, width: width ?? TerminalWidth.current()))
        if !unreadable.isEmpty {
            FileOutput.standardError.write(s.skippedLogs(unreadable.count) + "\n" + unreadable.map { "  " + $0 + "\n" }.joined())
        }
    }
}
