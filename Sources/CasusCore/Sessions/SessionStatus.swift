/// How a session stands, decided once here so `sessies`, `rapport` and `terugkijken`
/// say the same about the same log: a session quit with `q` in the middle of a case
/// ended, but it was not finished.
public enum SessionStatus: Sendable, Equatable {
    /// Ended, and no case was left half-way: every case played reached its end (or was skipped).
    case finished
    /// Ended (`q`, or an error) while a case was under way, or before any case was played.
    case stopped(StoppedAt?)
    /// No end recorded: a signal, a crash or a closed terminal; `play --resume` picks it up.
    case open

    /// Where a stopped session was: the case and the phase the room was in.
    public struct StoppedAt: Sendable, Equatable {
        public let caseTitle: String
        /// Nil when the case file is gone and the log's phase names nothing the game knows.
        public let step: Step?
        public let pillarName: String?
        /// The phase as the log names it (`pijler:bereik`), for when `step` is nil.
        public let loggedPhase: String?
    }

    /// Ended and reached the end of what was played.
    public var isFinished: Bool { self == .finished }

    /// Stable, for other tools (the JSON report): `afgerond`, `gestopt` or `open`.
    public var key: String {
        switch self {
        case .finished: "afgerond"
        case .stopped: "gestopt"
        case .open: "open"
        }
    }

    public var isStopped: Bool {
        if case .stopped = self { true } else { false }
    }
}

extension SessionState {
    public var status: SessionStatus {
        guard isFinished else { return .open }
        guard let play = plays.last else { return .stopped(nil) }
        if play.finished || play.skipped { return .finished }
        let step = play.game?.step
        let pillar: String? =
            switch step {
            case .pijler(let i), .pijlerOnthulling(let i):
                play.game.flatMap { game in game.taxonomy.pijlers.first { $0.id == game.casus.dilemmas[i].pijler }?.naam }
            default: nil
            }
        let logged = play.events.last { $0.phase != nil }?.phase
        return .stopped(.init(caseTitle: play.title, step: step, pillarName: pillar, loggedPhase: logged))
    }
}
