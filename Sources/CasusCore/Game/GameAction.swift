/// What can happen in a case. Group-specific actions name the group, so the
/// state machine does not depend on which group the screen shows.
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
    /// Locks the group's choice on the current dilemma (`.pass` for 0).
    case choose(group: Int, Choice)
    case note(group: Int, text: String)
    case toggleTimer
    case addMinutes(Int)
    case tick
}

/// What the edge must do after an action: append to the log, flash the screen.
public enum GameEffect: Sendable, Equatable {
    case log(SessionEvent)
    case flash
}
