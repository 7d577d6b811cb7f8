import ArgumentParser
import CasusCore
import CasusIO

#if canImport(Glibc)
    import Glibc
#endif

/// Options shared by the commands that read session logs.
struct SessionOptions: ParsableArguments {
    @Option(name: .customLong("log-dir"), help: "Map met sessielogs (standaard: $XDG_DATA_HOME/casusspel/sessies).")
    var logDirectory: String?

    @Option(
        name: .customLong("cases"),
        help: "Map met casussen, om keuzes naast de beste optie en feedback te zetten (standaard: de bibliotheek en je eigen casussen).")
    var casesDirectory: String?

    var directory: String { logDirectory ?? SessionContext.defaultLogDirectory() }
}

/// The case library a log is read against, and the way from a log file to a folded session.
struct SessionContext: Sendable {
    let library: CaseLibrary
    let strings: Strings
    private let byID: [String: LoadedCase]

    init(casesDirectory: String?, strings: Strings) {
        self.init(library: CasesLocation.library(in: casesDirectory), strings: strings)
    }

    init(library: CaseLibrary, strings: Strings) {
        self.library = library
        self.strings = strings
        byID = Dictionary(library.cases.map { ($0.casus.id, $0) }) { first, _ in first }
    }

    static func defaultLogDirectory() -> String {
        let environment = ["XDG_DATA_HOME", "HOME"].reduce(into: [String: String]()) { env, key in
            if let value = getenv(key) { env[key] = String(cString: value) }
        }
        return SessionLogWriter.defaultDirectory(environment: environment)
    }

    /// By id from the library; else the file the log names, if it still exists (a case played with `--case PATH`).
    func resolve(_ id: String, _ file: String?) -> LoadedCase? {
        if let loaded = byID[id] { return loaded }
        guard let file, FileReader.exists(file), case (let loaded?, _) = LibraryLoader.loadCase(file, taxonomy: library.taxonomy),
            loaded.casus.id == id
        else { return nil }
        return loaded
    }

    func read(_ path: String) -> Result<SessionLogReader.Contents, SessionLogError> { SessionLogReader.read(path) }

    /// The session machine's view of the cases: the library, or a file a log names.
    var cases: CaseLookup {
        let context = self
        return CaseLookup(taxonomy: library.taxonomy) { id, file in context.resolve(id, file) }
    }

    func fold(_ contents: SessionLogReader.Contents, observe: ((SessionState, LoggedEvent) -> Void)? = nil) -> SessionState {
        SessionFold.fold(contents, cases: cases, observe: observe)
    }

    /// A session named on the command line (id, start of an id, or path), or the newest log that is a session.
    func locate(_ reference: String?, in directory: String) throws -> String {
        if let reference { return try unwrap(SessionDirectory.resolve(reference, in: directory)) }
        let logs = FileReader.isDirectory(directory) ? (try? SessionDirectory.logs(in: directory).get()) ?? [] : []
        // A file that is not a session (an empty log left by a start that failed, say) is passed over.
        guard let newest = logs.reversed().first(where: { (try? read($0).get()) != nil }) else {
            FileOutput.standardError.write(strings.session.noSessions(directory) + "\n")
            throw ExitCode(1)
        }
        return newest
    }

    /// The log a command names (or the newest), read; errors are printed and end the command, and
    /// what the reader passed over is said on stderr.
    func contents(of reference: String?, in directory: String) throws -> SessionLogReader.Contents {
        let contents = try unwrap(read(try locate(reference, in: directory)))
        let warnings = self.warnings(contents)
        if !warnings.isEmpty { FileOutput.standardError.write(warnings.joined(separator: "\n") + "\n") }
        return contents
    }

    /// Lines left out, and where a damaged log stopped being read.
    func warnings(_ contents: SessionLogReader.Contents) -> [String] {
        let s = strings.session
        var out = contents.skippedLines.map { s.skippedLine(contents.file, $0.line, $0.problem.type, $0.problem.field) }
        if let damage = contents.damage { out += [describe(damage), s.readUpToDamage] }
        return out
    }

    func unwrap<T>(_ result: Result<T, SessionLogError>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let error):
            FileOutput.standardError.write(describe(error) + "\n")
            throw ExitCode(1)
        }
    }

    func describe(_ error: SessionLogError) -> String { strings.session.logError(error, strings.describe) }

    /// What the room should know when a session is picked up again.
    func resumeNotices(_ state: SessionState, _ contents: SessionLogReader.Contents) -> [String] {
        let s = strings.session
        var notices = [s.resumed(state.id, contents.events.count)]
        notices += contents.skippedLines.map { s.skippedLine(contents.file, $0.line, $0.problem.type, $0.problem.field) }
        if contents.truncatedBytes > 0 { notices.append(s.truncated(contents.truncatedBytes, contents.events.last?.line ?? 0)) }
        if let game = state.currentGame, [Step.factoren, .zichtbaarheid].contains(game.step),
            game.groups.indices.contains(where: { !game.hasLocked($0) })
        {
            notices.append(s.unconfirmedLost)
        }
        if let play = state.plays.last {
            if play.game == nil { notices.append(s.caseMissing(play.title)) }
            if play.changedSincePlayed { notices.append(s.caseChanged(play.title)) }
            if !play.unmatchedLines.isEmpty { notices.append(s.unmatched(play.unmatchedLines)) }
        }
        return notices
    }

    /// The end screen's r: read the log back as it stands and write Markdown and HTML beside it.
    func writeReports(logPath: String) throws -> [String] {
        let contents = try SessionLogReader.read(logPath).get()
        return try ReportFiles.writeBesideLog(fold(contents), taxonomy: library.taxonomy, strings: strings)
    }
}
