import ArgumentParser
import CasusCore
import CasusIO
import CasusTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Everything `play` needs, as plain values: `casusspel` without arguments starts
/// here directly, so a trainer's first screen does not wait for the command tree
/// to be reflected (casusspel-bench measures start-up).
struct PlayLaunch {
    var caseReference: String?
    var groups: String?
    var logDirectory: String?
    var casesDirectory: String?
    var theme: Theme.Name = .projector
    var anonymous = false
    var noScores = false
    var training: String?
    var resume = false
    /// `--heropen`: resume a session that had ended (the log records it).
    var reopen = false
    var session: String?
    var language: Language = .nl
    /// Options in the case file's order instead of shuffled per session (for authors checking a case).
    var fixedOrder = false
    /// `--pijlers bereik,werkwijze`: only these pillars; `--kort`: the short format.
    var pillars: String?
    var short = false

    func run() throws {
        let strings = Strings.for(language)
        var settings = PlaySettings()
        settings.anonymous = anonymous
        settings.showScores = !noScores
        // Below 2^53, so the seed survives any JSON reader of the log.
        settings.seed = fixedOrder ? nil : Int.random(in: 0..<(1 << 53))
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
        settings.short = short
        if let pillars {
            switch GameConfig.parsePillars(pillars, known: library.taxonomy?.pijlers.map(\.id) ?? []) {
            case .success(let chosen): settings.pillars = chosen
            case .failure(.unknown(let id, let known)): throw ValidationError(strings.format.unknownPillar(id, known))
            }
        }
        let environment = ["XDG_DATA_HOME", "HOME"].reduce(into: [String: String]()) { env, key in
            if let value = getenv(key) { env[key] = String(cString: value) }
        }
        let directory = logDirectory ?? SessionLogWriter.defaultDirectory(environment: environment)
        var openLog: () throws -> SessionLogSink = { try FileLogSink(directory: directory) }
        if resume {
            let path = try context.unwrap(
                session.map { SessionDirectory.resolve($0, in: directory) } ?? SessionDirectory.latestUnfinished(in: directory))
            let contents = try context.unwrap(context.read(path))
            // Appending after a damaged line would bury it: the trainer repairs or starts anew.
            if let damage = contents.damage { _ = try context.unwrap(Result<Void, SessionLogError>.failure(damage)) }
            let state = context.fold(contents)
            if state.isFinished && !reopen {
                FileOutput.standardError.write(strings.session.sessionEndedReopen(state.id) + "\n")
                throw ExitCode(2)
            }
            settings.resume = (state, context.resumeNotices(state, contents))
            // The log is taken before the terminal: a session another process plays is refused
            // here, with who holds it, and nothing of the log is touched without a terminal to play on.
            try TerminalSession.preflight(strings)
            let sink: FileLogSink
            do {
                sink = try FileLogSink(
                    resuming: path, sessionID: state.id, validLength: contents.wholeLength,
                    expectedSize: contents.wholeLength + contents.truncatedBytes)
            } catch let failure as SessionLogWriter.Failure {
                FileOutput.standardError.write(failure.message(strings) + "\n")
                throw ExitCode(2)
            }
            openLog = { sink }
        }
        try TerminalSession.run(
            theme: theme, strings: strings,
            program: {
                let runner = PlayRunner(
                    library: library, strings: strings, settings: settings, clock: WallClock.monotonic, openLog: openLog)
                runner.loadCase = LibraryLoader.loadCase
                runner.writeReports = context.writeReports
                return runner
            }, interrupted: { runner, signal in runner.interrupted(by: signal) })
    }

    /// The library to play: all cases, or just the one `--case` names (an id or a file).
    private func loadLibrary(strings: Strings, settings: inout PlaySettings) throws -> CaseLibrary {
        guard let reference = caseReference else { return CasesLocation.playLibrary(in: casesDirectory) }
        let isPath = reference.hasSuffix(".json") || reference.contains("/")
        let library =
            isPath
            ? try CasesLocation.loadLibrary(paths: [reference], strings: strings)
            : CasesLocation.playLibrary(in: casesDirectory)
        guard let index = library.cases.firstIndex(where: { isPath || $0.casus.id == reference }) else {
            for diagnostic in library.diagnostics { FileOutput.standardError.write(diagnostic.formatted(strings) + "\n") }
            // The file was there (a missing one is refused before loading): it did not pass validation.
            throw ValidationError(isPath ? strings.command.caseInvalid(reference) : strings.caseNotFound(reference))
        }
        settings.caseIndex = index
        return library
    }
}
