import CasusCore

/// What reaches the update function: a key, the clock, or the outcome of an effect.
public enum PlayMessage: Sendable, Equatable {
    case key(Key)
    case tick
    case logOpened(path: String)
    /// Opening or appending to the log failed: the room decides whether to play on without one.
    case logFailed(String)
    /// The log file is gone or not synced; the lines the room confirmed are only in memory.
    case logLost(String)
    case logRewritten(path: String)
    case caseReloaded(LoadedCase)
    case reloadFailed(problems: [String])
    case reportsWritten([String])
    case reportFailed(String)
    /// A signal ended the program (Ctrl-C, terminal closed, kill).
    case interrupted(signal: Int32)
}

/// What the update function asks the runner to do; performed in order.
public enum PlayEffect: Sendable, Equatable {
    /// Open the session's log (a new one, or the resumed session's).
    case openLog
    case log(SessionEvent)
    /// The trainer chose to play on without a log.
    case closeLog
    /// Write every line of the session anew at this path and go on there.
    case rewriteLog(path: String)
    case reloadCase(file: String)
    /// The Markdown and HTML report beside the log.
    case writeReports(logPath: String)
    case flash
    case quit
}

/// Choices made on the command line that skip parts of the start screen.
public struct PlaySettings: Sendable {
    public var groups: [String]?
    public var caseIndex: Int?
    public var anonymous = false
    public var showScores = true
    public var leervragen: [String] = []
    public var training: String?
    /// `--pijlers`: the pillars to play (nil: all); `--kort`: the short format.
    public var pillars: [String]?
    public var short = false
    /// Seeds the order in which options are shown (nil: the case file's own order, for authors and tests).
    public var seed: Int?
    /// `play --resume`: the session rebuilt from its log, and what to tell the room about it.
    public var resume: (state: SessionState, notices: [String])?

    public init() {}
}

/// What the update function reads but never changes.
public struct PlayEnvironment: Sendable {
    public let library: CaseLibrary
    public let strings: Strings
    public let settings: PlaySettings

    public init(library: CaseLibrary, strings: Strings, settings: PlaySettings) {
        self.library = library
        self.strings = strings
        self.settings = settings
    }

    var cases: CaseLookup { CaseLookup(library) }
}
