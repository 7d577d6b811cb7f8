import ArgumentParser
import CasusCore
import CasusIO

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessies",
        abstract: "Toont de sessies, nieuwste eerst: datum, training, casussen, groepen, afgerond of niet."
    )

    @OptionGroup var sessions: SessionOptions
    @OptionGroup var language: LanguageOption

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
        var rows: [[String]] = []
        var unreadable: [String] = []
        for path in paths.reversed() {
            switch context.read(path) {
            case .success(let contents):
                unreadable += context.warnings(contents)
                let state = context.fold(contents)
                rows.append([
                    state.id, ReportFormat.date(state.startedAt), state.training ?? "",
                    state.plays.map(\.title).joined(separator: ", "), state.config.groups.joined(separator: ", "),
                    state.isFinished ? s.statusFinished : s.statusOpen,
                ])
            case .failure(let error): unreadable.append(context.describe(error))
            }
        }
        if rows.isEmpty && unreadable.isEmpty {
            FileOutput.standardOutput.write(s.noSessions(directory) + "\n")
            return
        }
        FileOutput.standardOutput.write(TextTable.render(header: s.sessionColumns, rows: rows))
        if !unreadable.isEmpty {
            FileOutput.standardError.write(s.skippedLogs(unreadable.count) + "\n" + unreadable.map { "  " + $0 + "\n" }.joined())
        }
    }
}
