/// Texts for everything built on session logs: resume, the session list,
/// reports, statistics and the replay screen.
public struct SessionStrings: Sendable {
    // Reading logs
    public let logError: @Sendable (SessionLogError, _ describe: (Problem) -> String) -> String
    public let resumed: @Sendable (_ id: String, _ events: Int) -> String
    public let truncated: @Sendable (_ bytes: Int, _ lastLine: Int) -> String
    public let reportTruncated: @Sendable (_ bytes: Int) -> String
    public let caseChanged: @Sendable (_ title: String) -> String
    public let caseMissing: @Sendable (_ title: String) -> String
    public let unmatched: @Sendable (_ lines: [Int]) -> String
    /// Marks toggled but not yet locked with Enter are never logged, so a crash loses them.
    public let unconfirmedLost: String
    public let skippedLogs: @Sendable (Int) -> String
    /// A line that is JSON but not an event this build reads: its number, its type, the field at fault (nil: unknown type).
    public let skippedLine: @Sendable (_ file: String, _ line: Int, _ type: String, _ field: String?) -> String
    /// After a damaged line: what readers did with the rest.
    public let readUpToDamage: String
    /// `--resume` of a session that ended: it is opened again only on request.
    public let sessionEndedReopen: @Sendable (_ id: String) -> String

    // Writing logs
    /// Another process has the session's log open (`--resume` of a session still being played).
    public let sessionInUse: @Sendable (_ pid: Int32?, _ started: String?) -> String
    /// The log file was removed, renamed or replaced while the game was writing it.
    public let logVanished: @Sendable (_ path: String) -> String

    // Session list
    public let sessionColumns: [String]
    public let statusFinished: String
    public let statusOpen: String
    public let noSessions: @Sendable (_ directory: String) -> String

    // Reports
    public let reportTitle: String
    public let trainingLabel: String
    public let dateLabel: String
    public let groupsLabel: String
    public let statusLabel: String
    public let resumedCount: @Sendable (Int) -> String
    public let caseSkipped: String
    public let caseUnfinished: String
    public let changedNote: String
    public let missingNote: String
    public let knelpuntenHeading: String
    public let factorsHeading: String
    public let factorColumns: [String]
    public let extraMarksHeading: String
    public let questionLabel: String
    public let optionsHeading: String
    public let choicesHeading: String
    public let feedbackLabel: String
    public let best: String
    public let optionNumber: @Sendable (Int) -> String
    public let passed: String
    public let noChoice: String
    public let notesHeading: String
    public let noNotes: String
    public let scoresHeading: String
    public let scoreColumns: [String]
    public let maximum: String
    public let leervragenHeading: String
    public let nobody: String
    public let csvColumns: [String]
    public let csvKinds: (factor: String, visibility: String, option: String, pass: String, note: String)
    public let reportsWritten: @Sendable ([String]) -> String
    public let reportFailed: @Sendable (String) -> String

    // Statistics
    public let statisticsHeading: @Sendable (_ sessions: Int, _ plays: Int) -> String
    public let statisticsCase: @Sendable (_ title: String, _ id: String, _ plays: Int, _ finished: Int, _ groups: Int) -> String
    public let statisticsOptionColumns: [String]
    public let statisticsFactorColumns: [String]
    public let statisticsScoreColumns: [String]
    public let statisticsNothing: String
    public let notInLibrary: @Sendable (_ id: String, _ plays: Int) -> String

    // Replay
    public let replayHint: String
    public let replayPosition: @Sendable (_ frame: Int, _ count: Int, _ time: String) -> String
    public let replayLibrary: String
    public let replayEmpty: String
}
