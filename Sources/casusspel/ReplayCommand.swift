import ArgumentParser
import CasusCore
import CasusIO
import CasusTUI

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terugkijken",
        abstract: "Kijk een sessie scherm voor scherm terug, zoals ze gespeeld is (alleen lezen, ←/→).",
        discussion:
            "Zonder SESSIE: de nieuwste. Voor de nabespreking of de volgende trainingsdag. Notities verschijnen op het moment dat ze geschreven zijn."
    )

    @Argument(help: "Sessie-id (of het begin ervan) of pad naar een .jsonl-log; zonder: de nieuwste.", completion: Completions.sessionIDs)
    var session: String?

    @Option(help: "Kleurenschema: projector, donker, licht of mono. NO_COLOR dwingt mono af.")
    var theme: Theme.Name = .projector

    @OptionGroup var sessions: SessionOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let context = SessionContext(casesDirectory: sessions.casesDirectory, strings: strings)
        let contents = try context.contents(of: session, in: sessions.directory)
        if session == nil {
            // Like `rapport`: the newest; said before the screen opens, so it stays in the terminal afterwards.
            let state = context.fold(contents)
            let date = ReportFormat.date(state.startedAt, zone: .system)
            FileOutput.standardError.write(strings.command.replayPicked(state.id, date, strings.statusText(state.status)) + "\n")
        }
        let frames = ReplayFrames.build(contents, library: context.library, cases: context.cases, strings: strings, zone: .system)
        try TerminalSession.run(
            theme: theme, strings: strings, program: { ReplayController(frames: frames, library: context.library, strings: strings) })
        if contents.damage != nil { throw ExitCode(1) }
    }
}
