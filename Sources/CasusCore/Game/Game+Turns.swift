/// Whose turn it is. The screen and the session fold both ask here, so a
/// resumed or replayed session puts the keyboard where the room had it.
extension Game {
    /// On a new step the first group that still has to answer takes the keyboard.
    public var firstOpenGroup: Int { groups.indices.first { !hasLocked($0) } ?? 0 }

    /// After `group` locks, the next group (in turn order) still to answer.
    public func nextOpenGroup(after group: Int) -> Int? {
        let count = groups.count
        return (1...count).map { (group + $0) % count }.first { !hasLocked($0) }
    }

    /// A resumed session waits for the trainer: the phase timer paused at the time the log last
    /// recorded (a pause, a change, the phase's start, the stop), else at the phase's full time.
    public mutating func pauseTimerForResume() {
        let full = (step.minutes(in: casus, short: config.short) ?? 0) * 60
        timer = PhaseTimer(seconds: full == 0 ? 0 : loggedRemaining ?? full, runningAt: nil)
    }
}
