import ArgumentParser
import CasusCore

struct Casusspel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casusspel",
        abstract: "Casuïstiekspel voor diversiteitssensitief werken in wijkteams.",
        discussion: "Zonder subcommando start het spel (casusspel play).",
        subcommands: [
            PlayCommand.self, ValidateCommand.self, ListCommand.self, NewCommand.self, MigrateCommand.self, SessionsCommand.self,
            ReportCommand.self, StatisticsCommand.self, ReplayCommand.self,
        ],
        defaultSubcommand: PlayCommand.self
    )
}

extension Language: ExpressibleByArgument {}

struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Taal van de uitvoer: nl of en.")
    var language: Language = .nl

    var strings: Strings { Strings.for(language) }
}
