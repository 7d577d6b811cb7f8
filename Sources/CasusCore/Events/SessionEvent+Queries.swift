/// Reading events back for reports and the replay screen, without matching on every kind.
extension SessionEvent {
    /// A group's choice on a dilemma as logged: the case's option number and the position shown
    /// (nil for a pass or an own approach), its text and score.
    public var pillarChoice: LoggedChoice? {
        switch kind {
        case .optionChosen(let pillar, let number, let shown, let text, let score):
            LoggedChoice(pillar: pillar, number: number, shown: shown, text: text, score: score, own: false)
        case .passed(let pillar): LoggedChoice(pillar: pillar, number: nil, shown: nil, text: nil, score: 0, own: false)
        case .ownApproach(let pillar, let text): LoggedChoice(pillar: pillar, number: nil, shown: nil, text: text, score: 0, own: true)
        default: nil
        }
    }

    public var noteText: String? {
        if case .noteWritten(let text) = kind { text } else { nil }
    }

    public var knelpuntText: String? {
        if case .knelpuntShown(_, let text) = kind { text } else { nil }
    }

    /// A group locked its answer (factors, visibility calls, a dilemma choice or a pass).
    public var isLock: Bool {
        switch kind {
        case .factorsLocked, .visibilityLocked, .optionChosen, .passed, .ownApproach: true
        default: false
        }
    }

    /// Events that change what the room sees (the replay screen shows one frame for each).
    public var isVisibleChange: Bool {
        switch kind {
        case .caseStarted, .phaseEntered, .knelpuntShown, .factorsLocked, .visibilityLocked, .optionChosen, .passed, .noteWritten,
            .turnTaken, .caseSkipped, .ownApproach, .expertShown, .ownApproachScored, .choiceReopened:
            true
        default: false
        }
    }
}

/// What a group chose on a dilemma, as the log recorded it.
public struct LoggedChoice: Sendable, Equatable {
    public let pillar: String
    /// The case's own option number (1-based); nil for a pass or an own approach.
    public let number: Int?
    /// Where the room saw that option (1-based; format 3 and later).
    public let shown: Int?
    public let text: String?
    public let score: Int
    public let own: Bool
}
