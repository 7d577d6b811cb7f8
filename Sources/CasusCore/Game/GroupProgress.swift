/// Everything one group marked, called, chose and wrote in the current case.
public struct GroupProgress: Sendable, Equatable {
    public let name: String
    public internal(set) var marks: Set<FactorMark> = []
    public internal(set) var factorsLocked = false
    public internal(set) var calls: [FactorMark: Zichtbaarheid] = [:]
    public internal(set) var callsLocked = false
    /// By dilemma index; present once the group has locked its choice.
    public internal(set) var choices: [Int: Choice] = [:]
    /// By dilemma index: the trainer's points for this group's own approach.
    public internal(set) var ownScores: [Int: OwnApproachScore] = [:]
    public internal(set) var notes: [Note] = []

    public init(name: String) {
        self.name = name
    }

    /// The marks still waiting for a visible/invisible call.
    public var uncalledMarks: [FactorMark] {
        marks.sorted().filter { calls[$0] == nil }
    }
}

public struct Note: Sendable, Equatable {
    public let step: Step
    public let text: String
}

/// A group's points in one case, per phase.
public struct CaseScore: Sendable, Equatable {
    public let factoren: Int
    public let zichtbaarheid: Int
    public let pijlers: [Int]

    public var total: Int { factoren + zichtbaarheid + pijlers.reduce(0, +) }
}
