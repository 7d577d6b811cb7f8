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

    @Option(help: "Naam van de training, voor sessielijst en verslag.")
    var training: String?

    @Flag(help: "Ga verder met een onderbroken sessie: de nieuwste, of SESSIE.")
    var resume = false

    @Argument(help: "Met --resume: sessie-id (of het begin ervan) of pad naar het log.")
    var session: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if session != nil && !resume { throw ValidationError("SESSIE hoort bij --resume") }
    }

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
        settings.training = training.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let library =
            resume
            ? SessionContext(casesDirectory: casesDirectory, strings: strings).library
            : try loadLibrary(strings: strings, settings: &settings)
        let context = SessionContext(library: library, strings: strings)
        let environment = ["XDG_DATA_HOME", "HOME"].reduce(into: [String: String]()) { env, key in
            if let value = getenv(key) { env[key] = String(cString: value) }
        }
        let directory = logDirectory ?? SessionLogWriter.defaultDirectory(environment: environment)
        var openLog: () throws -> SessionLogSink = { try FileLogSink(directory: directory) }
        if resume {
            let path = try context.unwrap(
                session.map { SessionDirectory.resolve($0, in: directory) } ?? SessionDirectory.latestUnfinished(in: directory))
            let contents = try context.unwrap(context.read(path))
            let state = context.fold(contents)
            settings.resume = (state, context.resumeNotices(state, contents))
            openLog = { try FileLogSink(resuming: path, sessionID: state.id, validLength: contents.wholeLength) }
        }
        try TerminalSession.run(
            theme: theme, strings: strings,
            program: {
                let controller = PlayController(
                    library: library, strings: strings, settings: settings, clock: WallClock.monotonic, openLog: openLog)
                controller.writeReports = { [context, weak controller] in
                    guard let path = controller?.model.logPath else { return [] }
                    return try context.writeReports(logPath: path)
                }
                return controller
            }, interrupted: { controller, signal in controller.interrupted(by: signal) })
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

    init(resuming path: String, sessionID: String, validLength: Int) throws {
        writer = try SessionLogWriter(resuming: path, sessionID: sessionID, validLength: validLength)
    }

    func append(_ event: SessionEvent) throws {
        try writer.append(event, timestamp: WallClock.timestamp())
    }
}
