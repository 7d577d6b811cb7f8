/// What `sessie_start` records: who plays, how results are shown, and which
/// version of every case the session could play.
public struct SessionStart: Sendable, Equatable {
    public var groups: [String]
    public var leervragen: [String]
    public var anonymous: Bool
    public var showScores: Bool
    public var language: String
    public var training: String?
    /// Case id → content hash of its file at the start (format 2 and later).
    public var cases: [String: String]
    /// Seeds the order in which each case shows its options (format 3 and later; nil: the case's own order).
    public var seed: Int?
    /// The pillars the trainer chose to play (format 3; nil: all).
    public var pillars: [String]?
    /// The short format (format 3).
    public var short: Bool

    public init(
        groups: [String], leervragen: [String] = [], anonymous: Bool = false, showScores: Bool = true, language: String = "nl",
        training: String? = nil, cases: [String: String] = [:], seed: Int? = nil, pillars: [String]? = nil, short: Bool = false
    ) {
        self.groups = groups
        self.leervragen = leervragen
        self.anonymous = anonymous
        self.showScores = showScores
        self.language = language
        self.training = training
        self.cases = cases
        self.seed = seed
        self.pillars = pillars
        self.short = short
    }

    public var config: GameConfig {
        GameConfig(
            groups: groups, anonymous: anonymous, showScores: showScores, leervragen: leervragen, pillars: pillars, short: short)
    }
}

/// What `casus_start` records: the case as the room saw it, and where it came from.
public struct CaseStart: Sendable, Equatable {
    public var title: String
    public var groups: [String]
    public var file: String?
    /// FNV-1a of the file, so a later reader can tell the case changed since.
    public var contentHash: String?
    /// Per dilemma, the case's option indices (0-based in memory, 1-based in the log) in the order shown.
    public var optionOrder: [[Int]]?

    public init(title: String, groups: [String], file: String? = nil, contentHash: String? = nil, optionOrder: [[Int]]? = nil) {
        self.title = title
        self.groups = groups
        self.file = file
        self.contentHash = contentHash
        self.optionOrder = optionOrder
    }
}

/// One group's visible/invisible call on one of its marked factors.
public struct VisibilityCall: Sendable, Equatable {
    public var mark: FactorMark
    public var value: Zichtbaarheid

    public init(_ mark: FactorMark, _ value: Zichtbaarheid) {
        self.mark = mark
        self.value = value
    }
}

/// A group's points for the factor phases, as the reveal records them.
public struct FactorPoints: Sendable, Equatable {
    public var factoren: Int
    public var zichtbaarheid: Int

    public init(factoren: Int, zichtbaarheid: Int) {
        self.factoren = factoren
        self.zichtbaarheid = zichtbaarheid
    }
}
