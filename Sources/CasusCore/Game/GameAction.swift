/// What someone at the keyboard (or, later, a group's device) asks for. The
/// game decides which confirmed events follow (`Game.apply(_:now:)`); marks and
/// calls before a lock are working state that the log never sees.
public enum GameAction: Sendable, Equatable {
    /// Enter: on to the next step, when the current one allows it.
    case advance
    /// Backspace: back one step, while nothing in the current step is half-locked.
    case back
    /// From the content note: skip this case entirely.
    case skipCase
    case revealNextKnelpunt
    case toggleFactor(group: Int, FactorMark)
    case lockFactors(group: Int)
    case setVisibility(group: Int, FactorMark, Zichtbaarheid)
    case lockVisibility(group: Int)
    /// Locks the group's choice on the current dilemma: an option by the case's own index, a pass, or an own approach.
    case choose(group: Int, Choice)
    /// The trainer's points (0–3) and one-line reason for a group's own approach, after the expert view.
    case scoreOwnApproach(group: Int, score: Int, reason: String)
    case note(group: Int, text: String)
    /// Before the reveal: the trainer opens a group's locked answer on this step again.
    case reopen(group: Int)
    case toggleTimer
    case addMinutes(Int)
    case tick
}

/// What the edge must do after an action: append to the log, flash the screen.
public enum GameEffect: Sendable, Equatable {
    case log(SessionEvent)
    case flash
}
