import ArgumentParser
import CasusCore
import CasusIO

extension ReportKind: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Verslag van een sessie: per casus en fase wat elke groep koos, de beste optie, feedback, punten en notities.",
        discussion:
            "Zonder SESSIE: de nieuwste. md voor mail, html om te delen of te printen, csv (een regel per keuze) voor een spreadsheet."
    )

    @Argument(help: "Sessie-id (of het begin ervan) of pad naar een .jsonl-log.", completion: Completions.sessionIDs)
    var session: String?

    @Option(help: "md, html, csv of json.")
    var format: ReportKind = .md

    @Option(name: .shortAndLong, help: "Schrijf naar dit bestand in plaats van naar de terminal.")
    var output: String?

    @OptionGroup var sessions: SessionOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let context = SessionContext(casesDirectory: sessions.casesDirectory, strings: strings)
        let contents = try context.contents(of: session, in: sessions.directory)
        let state = context.fold(contents)
        let text = format.render(
            SessionReport.build(state, taxonomy: context.library.taxonomy, strings: strings, zone: .system), strings: strings)
        // A damaged log is still an error (exit 1), after showing everything before the damage.
        let damaged = contents.damage != nil
        guard let output else {
            FileOutput.standardOutput.write(document: text)
            if damaged { throw ExitCode(1) }
            return
        }
        do {
            try ReportFiles.write(text, to: output)
        } catch {
            FileOutput.standardError.write(strings.session.reportFailed(error.description) + "\n")
            throw ExitCode(1)
        }
        FileOutput.standardError.write(strings.session.reportsWritten([output]) + "\n")
        if damaged { throw ExitCode(1) }
    }
}
