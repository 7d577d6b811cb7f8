import ArgumentParser
import CasusCore
import CasusTUI

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terugkijken",
        abstract: "Kijk een sessie scherm voor scherm terug, zoals ze gespeeld is (alleen lezen, ←/→).",
        discussion: "Voor de nabespreking of de volgende trainingsdag. Notities verschijnen op het moment dat ze geschreven zijn."
    )

    @Argument(help: "Sessie-id (of het begin ervan) of pad naar een .jsonl-log.", completion: Completions.sessionIDs)
    var session: String

    @Option(help: "Kleurenschema: projector, donker, licht of mono. NO_COLOR dwingt mono af.")
    var theme: Theme.Name = .projector

    @OptionGroup var sessions: SessionOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let context = SessionContext(casesDirectory: sessions.casesDirectory, strings: strings)
        let contents = try context.contents(of: session, in: sessions.directory)
        let frames = ReplayFrames.build(contents, library: context.library, cases: context.cases, strings: strings)
        try TerminalSession.run(
            theme: theme, strings: strings, program: { ReplayController(frames: frames, library: context.library, strings: strings) })
        if contents.damage != nil { throw ExitCode(1) }
    }
}
