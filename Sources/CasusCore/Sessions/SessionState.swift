/// One case played in a session.
public struct PlayedCase: Sendable {
    public let caseID: String
    /// The title as logged, so a report can name a case whose file is gone.
    public let title: String
    public let file: String?
    public let loggedHash: String?
    public let currentHash: String?
    public let startedAt: String
    /// Nil when the case file could not be found: the report then shows only what the log says.
    public internal(set) var game: Game?
    public internal(set) var skipped = false
    /// Reached the end screen (`casus_einde`).
    public internal(set) var finished = false
    /// Log lines the current version of the case could not replay.
    public internal(set) var unmatchedLines: [Int] = []
    /// This case's own events, in order.
    public internal(set) var events: [SessionEvent] = []
    /// The trainer showed the own-iceberg prompts during this case.
    public internal(set) var icebergShown = false

    /// The file differs from the version that was played.
    public var changedSincePlayed: Bool {
        guard let loggedHash, let currentHash else { return false }
        return loggedHash != currentHash
    }
}

/// Where the session machine finds the cases a log or the room names: the same
/// file when it is still there, else the same id; nil when the case is gone.
public struct CaseLookup: Sendable {
    public let taxonomy: Taxonomy?
    public let resolve: @Sendable (_ caseID: String, _ file: String?) -> LoadedCase?

    public init(taxonomy: Taxonomy?, resolve: @escaping @Sendable (_ caseID: String, _ file: String?) -> LoadedCase?) {
        self.taxonomy = taxonomy
        self.resolve = resolve
    }

    public init(_ library: CaseLibrary) {
        self.init(taxonomy: library.taxonomy) { id, file in library.resolve(id, file: file) }
    }

    /// Without cases: enough to tell whether a session ended, who played and when.
    public static let none = CaseLookup(taxonomy: nil) { _, _ in nil }
}

/// A session: who plays, the cases played, whose turn it is, whether it ended.
/// The same value is built live, on resume and for every report, by applying
/// the session's events in order (`SessionState+Apply`).
public struct SessionState: Sendable {
    public let id: String
    public let file: String
    public let startedAt: String
    public let start: SessionStart
    public let config: GameConfig
    public internal(set) var plays: [PlayedCase] = []
    /// Which group is at the keyboard.
    public internal(set) var activeGroup = 0
    /// Between cases (before the first, or after a skipped one).
    public internal(set) var onLibrary = true
    /// Set by `sessie_einde` (quit or error); a resumed session clears it again.
    public internal(set) var endReason: String?
    /// How often `play --resume` picked the session up again (after a signal, a crash or a quit).
    public internal(set) var resumptions = 0
    /// By learning question (0-based): how far it was answered, as judged in the debrief.
    public internal(set) var leervraagStatus: [Int: LeervraagStatus] = [:]
    public let truncatedBytes: Int

    public init(id: String, file: String, startedAt: String, start: SessionStart, truncatedBytes: Int = 0) {
        self.id = id
        self.file = file
        self.startedAt = startedAt
        self.start = start
        // A log without group names still folds: one anonymous group. `start` stays as logged.
        let names = start.groups.filter { !$0.isEmpty }
        var playing = start
        playing.groups = names.isEmpty ? ["?"] : names
        config = playing.config
        self.truncatedBytes = truncatedBytes
    }

    public var training: String? { start.training }
    public var isFinished: Bool { endReason != nil }
    public var currentGame: Game? { onLibrary ? nil : plays.last?.game }
}
