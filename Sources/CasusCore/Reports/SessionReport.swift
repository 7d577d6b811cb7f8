/// What a trainer sends round after a session: per case and phase what each
/// group chose or marked, the best answer beside it, feedback, scores, notes.
/// Built once from the folded session; CSV and JSON format it as data, Markdown and
/// HTML write the one `ReportDocument` built from it.
public struct SessionReport: Sendable {
    public let sessionID: String
    public let startedAt: String
    public let training: String?
    public let groups: [String]
    public let leervragen: [String]
    /// Per learning question, as judged in the debrief (empty when none was judged).
    public var leervraagStatus: [LeervraagStatus?] = []
    public let finished: Bool
    /// Finished, stopped mid-case or still open: `SessionState.status`, the one the session list shows.
    public var status: SessionStatus = .open
    /// Where times are shown: the log keeps UTC.
    public var zone: LocalZone = .utc
    /// How often the session was picked up again with `play --resume`.
    public let resumptions: Int
    public let truncatedBytes: Int
    public let cases: [CaseReport]
}

public struct CaseReport: Sendable {
    public let id: String
    public let title: String
    public let startedAt: String
    public let skipped: Bool
    public let finished: Bool
    /// The case file changed since the session: options and feedback come from the current version.
    public let changed: Bool
    /// The case file was not found: only what the log itself says is shown.
    public let missing: Bool
    public let unmatchedLines: [Int]
    public let knelpunten: [String]
    public let factors: [ReferenceRow]
    /// Per group, marks the case does not name (not wrong: they were discussed).
    public let extraMarks: [(group: String, marks: [String])]
    public let pillars: [PillarReport]
    public let notes: [NoteRow]
    public let scores: [(group: String, score: CaseScore)]
    public let maxScore: CaseScore?
    /// The case's full summary (the start screen shows only its teaser).
    public var summary: String? = nil
    /// What the trainer should know, with the rules the case relies on and their sources.
    public var trainer: TrainerNotes? = nil
}

/// One factor the case names, and which groups found it and called its visibility right.
public struct ReferenceRow: Sendable {
    public let kant: Kant
    public let factor: String
    public let name: String
    public let zichtbaarheid: Zichtbaarheid
    public let points: Int
    public let foundBy: [String]
    /// Each group's visible/invisible call on this factor, in group order.
    public let calls: [(group: String, call: Zichtbaarheid)]

    public var calledRightBy: [String] { calls.filter { $0.call == zichtbaarheid }.map(\.group) }
}

public struct PillarReport: Sendable {
    public let pijler: String
    public let name: String
    public let vraag: String
    public let options: [OptionRow]
    public let choices: [GroupChoice]
}

public struct OptionRow: Sendable {
    public let number: Int
    public let tekst: String
    public let score: Int
    public let feedback: String
    public let best: Bool
}

public struct GroupChoice: Sendable {
    public let group: String
    /// 1-based; nil for a pass or when the group never chose.
    public let option: Int?
    public let passed: Bool
    /// The option's text as it was on screen when chosen (for an own approach: the group's text).
    public let tekst: String?
    public let score: Int
    /// Where the room saw the option (format 3: options are shown in a shuffled order).
    public var shown: Int? = nil
    /// An own approach instead of an option; `score` is the trainer's, with `reason`.
    public var own = false
    public var reason: String? = nil
}

public struct NoteRow: Sendable {
    public let group: String
    public let phase: String
    public let text: String
}
