/// Reading events back for reports and the replay screen, without matching on every kind.
extension SessionEvent {
    /// A group's choice on a dilemma: the option number (nil for a pass), its text and score as logged.
    public var pillarChoice: (pillar: String, number: Int?, text: String?, score: Int)? {
        switch kind {
        case .optionChosen(let pillar, let number, let text, let score): (pillar, number, text, score)
        case .passed(let pillar): (pillar, nil, nil, 0)
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
        case .factorsLocked, .visibilityLocked, .optionChosen, .passed: true
        default: false
        }
    }

    /// Events that change what the room sees (the replay screen shows one frame for each).
    public var isVisibleChange: Bool {
        switch kind {
        case .caseStarted, .phaseEntered, .knelpuntShown, .factorsLocked, .visibilityLocked, .optionChosen, .passed, .noteWritten,
            .turnTaken, .caseSkipped:
            true
        default: false
        }
    }
}
