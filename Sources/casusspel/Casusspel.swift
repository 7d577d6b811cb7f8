import ArgumentParser
import CasusCore

struct Casusspel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casusspel",
        abstract: "Casuïstiekspel voor diversiteitssensitief werken in wijkteams.",
        discussion: """
            Zonder subcommando start het spel (casusspel play).

            Casussen: --cases of $CASUSSPEL_CASES; anders ./Cases; anders de Cases/ van de map waarin het programma \
            gebouwd is; anders share/casusspel/Cases naast de bin/-map van het programma (het Debian-pakket: \
            /usr/share/casusspel/Cases); anders casusspel/Cases in een van de mappen in $XDG_DATA_DIRS. Eigen casussen in \
            $XDG_DATA_HOME/casusspel/Cases (standaard ~/.local/share/casusspel/Cases) staan daarnaast; heeft een eigen \
            casus hetzelfde id als een meegeleverde, dan wordt de eigen gespeeld en zegt het spel dat.

            In een eigen map met casussen (niet die van het programma) lezen play, list en validate de casusbestanden \
            daar (of in ./Cases) en schrijft nieuw daarin; andere JSON-bestanden worden overgeslagen.

            Sessielogs: $XDG_DATA_HOME/casusspel/sessies (standaard ~/.local/share/casusspel/sessies), of --log-dir.
            """,
        version: Version.text,
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
