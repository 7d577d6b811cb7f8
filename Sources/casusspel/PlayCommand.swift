import ArgumentParser
import CasusCore
import CasusTUI

#if canImport(Glibc)
    import Glibc
#endif

extension Theme.Name: ExpressibleByArgument {}

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Start het spel in de terminal (standaard)."
    )

    @Option(
        name: .customLong("case"), help: "Speel deze casus: een id uit de bibliotheek of een pad naar een bestand.",
        completion: Completions.caseIDs)
    var caseReference: String?

    @Option(help: "Groepen, met komma's: \"Team Laak,Team Escamp\" (1 t/m 8). Slaat het startscherm over.")
    var groups: String?

    @Option(name: .customLong("log-dir"), help: "Map voor sessielogs (standaard: $XDG_DATA_HOME/casusspel/sessies).")
    var logDirectory: String?

    @Option(name: .customLong("cases"), help: "Map met casussen, in plaats van de bibliotheek en je eigen casussen.")
    var casesDirectory: String?

    @Option(help: "Kleurenschema: projector, donker, licht of mono. NO_COLOR dwingt mono af.")
    var theme: Theme.Name = .projector

    @Flag(name: .customLong("anoniem"), help: "Toon bij onthullingen alleen aantallen, geen groepsnamen.")
    var anonymous = false

    @Flag(name: .customLong("no-scores"), help: "Verberg punten: dialoog zonder competitie.")
    var noScores = false

    @Flag(name: .customLong("vaste-volgorde"), help: "Toon de opties in de volgorde van het casusbestand, niet geschud (voor auteurs).")
    var fixedOrder = false

    @Option(name: .customLong("pijlers"), help: "Speel alleen deze pijlers, met komma's: \"bereik,werkwijze\".")
    var pillars: String?

    @Flag(name: .customLong("kort"), help: "Het korte formaat (ongeveer 25 minuten per casus).")
    var short = false

    @Option(help: "Naam van de training, voor sessielijst en verslag.")
    var training: String?

    @Flag(help: "Ga verder met een onderbroken sessie: de nieuwste, of SESSIE.")
    var resume = false

    @Flag(name: .customLong("heropen"), help: "Met --resume: ga ook verder met een sessie die al afgesloten was (het log noteert dat).")
    var reopen = false

    @Argument(help: "Met --resume: sessie-id (of het begin ervan) of pad naar het log.", completion: Completions.sessionIDs)
    var session: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if session != nil && !resume { throw ValidationError("SESSIE hoort bij --resume") }
        if reopen && !resume { throw ValidationError("--heropen hoort bij --resume") }
    }

    /// The parsed options as a launch; plain `casusspel` builds the same value without parsing.
    var launch: PlayLaunch {
        PlayLaunch(
            caseReference: caseReference, groups: groups, logDirectory: logDirectory, casesDirectory: casesDirectory, theme: theme,
            anonymous: anonymous, noScores: noScores, training: training, resume: resume, reopen: reopen, session: session,
            language: language.language, fixedOrder: fixedOrder, pillars: pillars, short: short)
    }

    func run() throws {
        try launch.run()
    }
}
