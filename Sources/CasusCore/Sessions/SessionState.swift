/// One case played in a session, rebuilt from the log.
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
    public internal(set) var events: [LoggedEvent] = []

    /// The file differs from the version that was played.
    public var changedSincePlayed: Bool {
        guard let loggedHash, let currentHash else { return false }
        return loggedHash != currentHash
    }
}

/// A session as its log describes it: the fold of every event through the game's state machine.
public struct SessionState: Sendable {
    public let id: String
    public let file: String
    public let startedAt: String
    public let training: String?
    public let config: GameConfig
    public internal(set) var plays: [PlayedCase] = []
    /// Which group was at the keyboard, as the screen showed it.
    public internal(set) var activeGroup = 0
    /// Between cases (before the first, or after a skipped one).
    public internal(set) var onLibrary = true
    /// Set by `sessie_einde` (quit or error); a resumed session clears it again.
    public internal(set) var endReason: String?
    /// How often `play --resume` picked the session up again (after a signal, a crash or a quit).
    public internal(set) var resumptions = 0
    public let truncatedBytes: Int

    public var isFinished: Bool { endReason != nil }
    public var currentGame: Game? { onLibrary ? nil : plays.last?.game }
}
