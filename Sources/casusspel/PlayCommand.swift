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

    @Option(name: .customLong("case"), help: "Speel deze casus: een id uit de bibliotheek of een pad naar een bestand.")
    var caseReference: String?

    @Option(help: "Groepen, met komma's: \"Team Laak,Team Escamp\" (1 t/m 8). Slaat het startscherm over.")
    var groups: String?

    @Option(name: .customLong("log-dir"), help: "Map voor sessielogs (standaard: $XDG_DATA_HOME/casusspel/sessies).")
    var logDirectory: String?

    @Option(name: .customLong("cases"), help: "Map met casussen (standaard: Cases/).")
    var casesDirectory: String?

    @Option(help: "Kleurenschema: projector, donker, licht of mono. NO_COLOR dwingt mono af.")
    var theme: Theme.Name = .projector

    @Flag(name: .customLong("anoniem"), help: "Toon bij onthullingen alleen aantallen, geen groepsnamen.")
    var anonymous = false

    @Flag(name: .customLong("no-scores"), help: "Verberg punten: dialoog zonder competitie.")
    var noScores = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        var settings = PlaySettings()
        settings.anonymous = anonymous
        settings.showScores = !noScores
        if let groups {
            switch GameConfig.parseGroups(groups) {
            case .success(let names): settings.groups = names
            case .failure(let problem): throw ValidationError(strings.play.groupProblem(problem))
            }
        }
        let library = try loadLibrary(strings: strings, settings: &settings)
        if let failure = Preflight.check() {
            FileOutput.standardError.write(Preflight.message(failure, strings) + "\n")
            throw ExitCode(2)
        }
        let environment = ["XDG_DATA_HOME", "HOME", "NO_COLOR"].reduce(into: [String: String]()) { env, key in
            if let value = getenv(key) { env[key] = String(cString: value) }
        }
        let directory = logDirectory ?? SessionLogWriter.defaultDirectory(environment: environment)
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false

        Signals.install()
        defer { Signals.uninstall() }
        guard let screen = CursesScreen(theme: Theme.named(theme, noColor: noColor)) else {
            FileOutput.standardError.write(strings.cannotStartTerminal + "\n")
            throw ExitCode(2)
        }
        let controller = PlayController(
            library: library, strings: strings, settings: settings, clock: WallClock.monotonic,
            openLog: { try FileLogSink(directory: directory) })
        let outcome = RunLoop.run(screen: screen, strings: strings, program: controller)
        if case .signal(let signal) = outcome { controller.interrupted(by: signal) }
        screen.stop()
        if case .signal(let signal) = outcome { throw ExitCode(128 + signal) }
    }

    /// The library to play: all cases, or just the one `--case` names (an id or a file).
    private func loadLibrary(strings: Strings, settings: inout PlaySettings) throws -> CaseLibrary {
        let directory = casesDirectory ?? CasesLocation.defaultDirectory()
        guard let reference = caseReference else { return LibraryLoader.load(paths: [directory]) }
        let isPath = reference.hasSuffix(".json") || reference.contains("/")
        let library =
            isPath
            ? try CasesLocation.loadLibrary(paths: [reference], strings: strings)
            : LibraryLoader.load(paths: [directory])
        guard let index = library.cases.firstIndex(where: { isPath || $0.casus.id == reference }) else {
            for diagnostic in library.diagnostics { FileOutput.standardError.write(diagnostic.formatted(strings) + "\n") }
            throw ValidationError(strings.caseNotFound(reference))
        }
        settings.caseIndex = index
        return library
    }
}

/// Stamps each event with the wall-clock time and appends it, flushed, to the session file.
final class FileLogSink: SessionLogSink {
    let writer: SessionLogWriter
    var path: String { writer.path }

    init(directory: String) throws {
        writer = try SessionLogWriter(directory: directory, sessionID: WallClock.sessionID())
    }

    func append(_ event: SessionEvent) throws {
        try writer.append(event, timestamp: WallClock.timestamp())
    }
}
