/// A countdown per phase. Time comes in from outside (monotonic seconds), so
/// the core stays pure and tests can move the clock.
public struct PhaseTimer: Sendable, Equatable {
    public private(set) var remainingAtStart: Int
    /// Monotonic time the countdown last (re)started; nil while paused.
    public private(set) var runningSince: Double?
    /// Set once the countdown reached zero; it never moves the game on by itself.
    public private(set) var expired = false

    public init(seconds: Int, runningAt now: Double?) {
        remainingAtStart = max(0, seconds)
        runningSince = now
    }

    public var isRunning: Bool { runningSince != nil }

    public func remaining(at now: Double) -> Int {
        guard let since = runningSince else { return remainingAtStart }
        return max(0, remainingAtStart - Int((now - since).rounded(.down)))
    }

    public mutating func toggle(at now: Double) {
        if isRunning {
            remainingAtStart = remaining(at: now)
            runningSince = nil
        } else if remainingAtStart > 0 {
            runningSince = now
        }
    }

    public mutating func add(minutes: Int, at now: Double) {
        let left = remaining(at: now)
        remainingAtStart = max(0, left + minutes * 60)
        if runningSince != nil { runningSince = now }
        if remainingAtStart > 0 { expired = false }
        if remainingAtStart == 0 { runningSince = nil }
    }

    /// The timer as a log line recorded it: `remaining` seconds, running from `now` or paused.
    /// A timer that ran out stays marked as such while nothing was added.
    public mutating func set(remaining: Int, running: Bool, at now: Double) {
        remainingAtStart = max(0, remaining)
        runningSince = running && remainingAtStart > 0 ? now : nil
        if remainingAtStart > 0 { expired = false }
    }

    /// The room saw "Tijd!": a replayed `tijd_op` leaves the timer as the live one was.
    public mutating func expire() {
        remainingAtStart = 0
        runningSince = nil
        expired = true
    }

    /// Returns true exactly once, when the countdown reaches zero.
    public mutating func tick(at now: Double) -> Bool {
        guard isRunning, remaining(at: now) == 0 else { return false }
        remainingAtStart = 0
        runningSince = nil
        expired = true
        return true
    }

    /// Seconds until the displayed value next changes, for the input loop's wake-up.
    public func secondsToNextChange(at now: Double) -> Double? {
        guard let since = runningSince else { return nil }
        let elapsed = now - since
        return max(0.01, 1 - elapsed.truncatingRemainder(dividingBy: 1))
    }
}
