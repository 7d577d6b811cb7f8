/// Texts of the commands around the game: the session list and status, course
/// designers' folders, and ArgumentParser's usage errors in the user's language.
public struct CommandStrings: Sendable {
    /// "gestopt tijdens Diversiteitsfactoren (Proefcasus)"; nil phase: stopped before any case.
    public let statusStopped: @Sendable (_ phase: String?, _ caseTitle: String?) -> String
    public let statusStoppedShort: @Sendable (_ phase: String?) -> String
    public let statusOpenShort: String
    public let groupCount: @Sendable (Int) -> String
    public let moreCount: @Sendable (Int) -> String
    /// `DATUM (CET)` when every row shares the zone.
    public let dateColumn: @Sendable (_ zone: String?) -> String
    public let widthTooSmall: @Sendable (_ given: Int, _ least: Int) -> String
    public let replayPicked: @Sendable (_ id: String, _ date: String, _ status: String) -> String
    public let caseInvalid: @Sendable (_ reference: String) -> String
    public let notACase: @Sendable (_ file: String) -> String
    public let readingFolder: @Sendable (_ folder: String) -> String
    public let schemaCopied: @Sendable (_ path: String) -> String
    public let errorPrefix: String
    public let usageHint: @Sendable (_ command: String) -> String
    public let missingArgument: @Sendable (String) -> String
    public let unknownOption: @Sendable (String) -> String
    public let unexpectedArgument: @Sendable (String) -> String
    public let unexpectedArguments: @Sendable (String) -> String
    public let missingValue: @Sendable (String) -> String
    public let invalidValue: @Sendable (_ value: String, _ option: String) -> String
    /// ArgumentParser's help headings and fixed lines, English → this language.
    public let helpReplacements: [(String, String)]

    public static let nl = CommandStrings(
        statusStopped: { phase, title in
            guard let phase else { return "gestopt voor de eerste casus" }
            return "gestopt tijdens " + phase + (title.map { " (\($0))" } ?? "")
        },
        statusStoppedShort: { $0.map { "gestopt: " + $0 } ?? "gestopt" },
        statusOpenShort: "open",
        groupCount: { $0 == 1 ? "1 groep" : "\($0) groepen" },
        moreCount: { " +\($0)" },
        dateColumn: { $0.map { "DATUM (\($0))" } ?? "DATUM" },
        widthTooSmall: { given, least in "--breedte \(given) is te smal; minstens \(least)" },
        replayPicked: { id, date, status in "Terugkijken: de nieuwste sessie, \(id) van \(date) — \(status)." },
        caseInvalid: { "‘\($0)’ is geen geldige casus: zie de fouten hierboven." },
        notACase: { "overgeslagen: \($0) is geen casus (noemt case.schema.json niet en heeft geen \"titel\" en \"dilemmas\")" },
        readingFolder: { "Casussen uit \($0)" },
        schemaCopied: { "Schema gekopieerd naar \($0) (voor $schema in je editor)." },
        errorPrefix: "Fout: ",
        usageHint: { "Zie ‘casusspel \($0) --help’." },
        missingArgument: { "\($0) ontbreekt" },
        unknownOption: { "onbekende optie ‘\($0)’" },
        unexpectedArgument: { "onverwacht argument ‘\($0)’" },
        unexpectedArguments: { "onverwachte argumenten: \($0)" },
        missingValue: { "\($0) heeft een waarde nodig" },
        invalidValue: { value, option in "‘\(value)’ is geen geldige waarde voor \(option)" },
        helpReplacements: [
            ("OVERVIEW:", "OVERZICHT:"), ("USAGE:", "GEBRUIK:"), ("ARGUMENTS:", "ARGUMENTEN:"), ("OPTIONS:", "OPTIES:"),
            ("SUBCOMMANDS:", "SUBCOMMANDO'S:"), ("Show help information.", "Toon deze hulp."), ("Show the version.", "Toon de versie."),
            ("(default: ", "(standaard: "), ("(default)", "(standaard)"), ("(values: ", "(waarden: "), ("; default: ", "; standaard: "),
            ("See 'casusspel help <subcommand>' for detailed help.", "Zie ‘casusspel help <subcommando>’ voor meer hulp."),
        ])

    public static let en = CommandStrings(
        statusStopped: { phase, title in
            guard let phase else { return "stopped before the first case" }
            return "stopped during " + phase + (title.map { " (\($0))" } ?? "")
        },
        statusStoppedShort: { $0.map { "stopped: " + $0 } ?? "stopped" },
        statusOpenShort: "open",
        groupCount: { $0 == 1 ? "1 group" : "\($0) groups" },
        moreCount: { " +\($0)" },
        dateColumn: { $0.map { "DATE (\($0))" } ?? "DATE" },
        widthTooSmall: { given, least in "--breedte \(given) is too narrow; at least \(least)" },
        replayPicked: { id, date, status in "Replay: the newest session, \(id) of \(date) — \(status)." },
        caseInvalid: { "‘\($0)’ is not a valid case: see the errors above." },
        notACase: { "skipped: \($0) is not a case (names no case.schema.json and has no \"titel\" and \"dilemmas\")" },
        readingFolder: { "Cases from \($0)" },
        schemaCopied: { "Schema copied to \($0) (for $schema in your editor)." },
        errorPrefix: "Error: ",
        usageHint: { "See ‘casusspel \($0) --help’." },
        missingArgument: { "\($0) is missing" },
        unknownOption: { "unknown option ‘\($0)’" },
        unexpectedArgument: { "unexpected argument ‘\($0)’" },
        unexpectedArguments: { "unexpected arguments: \($0)" },
        missingValue: { "\($0) needs a value" },
        invalidValue: { value, option in "‘\(value)’ is not a valid value for \(option)" },
        helpReplacements: [])
}

extension Strings {
    public var command: CommandStrings { language == .nl ? .nl : .en }

    /// The one wording of a session's status, for the report and `terugkijken`.
    public func statusText(_ status: SessionStatus) -> String {
        switch status {
        case .finished: session.statusFinished
        case .open: session.statusOpen
        case .stopped(let at): command.statusStopped(at.map { phaseName($0) }, at?.caseTitle)
        }
    }

    /// The same status in a few words, for the session list's narrow column.
    public func statusShort(_ status: SessionStatus) -> String {
        switch status {
        case .finished: session.statusFinished
        case .open: command.statusOpenShort
        case .stopped(let at): command.statusStoppedShort(at.map { phaseName($0) })
        }
    }

    private func phaseName(_ at: SessionStatus.StoppedAt) -> String {
        if let step = at.step { return play.stepNames(step, at.pillarName) }
        return at.loggedPhase ?? "?"
    }
}
