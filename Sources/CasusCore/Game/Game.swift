/// One case being played by the groups. Every change the log records happens in
/// `apply(event:now:)`, the one function live play, resume and replay share;
/// `apply(_ action:now:)` (Game+Decide) decides which events an action leads to.
/// Pure: time comes in as monotonic seconds, effects go out as values.
public struct Game: Sendable {
    public internal(set) var casus: Casus
    public let taxonomy: Taxonomy
    public let config: GameConfig
    public internal(set) var steps: [Step]
    public internal(set) var stepIndex = 0
    public internal(set) var revealedKnelpunten = 0
    public internal(set) var groups: [GroupProgress]
    public internal(set) var timer: PhaseTimer
    public internal(set) var skipped = false
    /// Per dilemma, the case's option indices in the order the room sees them (shuffled per session).
    public internal(set) var optionOrder: [[Int]]
    /// Dilemmas whose reveal has reached its second step: the expert view with the points.
    public internal(set) var expertShown: Set<Int> = []
    /// The seconds the log last recorded on this step's timer (format 4); nil when it recorded none.
    /// A resumed session puts the paused timer here rather than at the phase's full time.
    public internal(set) var loggedRemaining: Int?

    public var step: Step { steps[stepIndex] }
    public var isFinished: Bool { step == .afsluiting || skipped }

    /// Starts the case; the returned effects log its start and first phase.
    /// `source` (file and content hash) goes into the log so later readers can tell the case changed.
    public static func start(
        casus: Casus, taxonomy: Taxonomy, config: GameConfig, now: Double, source: (file: String, hash: String)? = nil
    ) -> (Game, [GameEffect]) {
        let game = Game(casus: casus, taxonomy: taxonomy, config: config, now: now)
        let start = SessionEvent(
            .caseStarted(CaseStart(title: casus.titel, groups: config.groups, file: source?.file, contentHash: source?.hash)),
            caseID: casus.id)
        return (game, [.log(start), .log(game.event(.phaseEntered(minutes: game.step.minutes(in: casus, short: config.short))))])
    }

    init(casus: Casus, taxonomy: Taxonomy, config: GameConfig, now: Double, optionOrder: [[Int]]? = nil) {
        self.casus = casus
        self.optionOrder = OptionOrder.valid(optionOrder, for: casus) ?? OptionOrder.identity(casus)
        self.taxonomy = taxonomy
        self.config = config
        steps = Step.sequence(for: casus, pillars: config.pillars(for: casus))
        groups = config.groups.map(GroupProgress.init)
        let minutes = steps[0].minutes(in: casus, short: config.short)
        timer = PhaseTimer(seconds: (minutes ?? 0) * 60, runningAt: minutes == nil ? nil : now)
    }

    // MARK: - Queries

    public func score(of group: Int) -> CaseScore {
        let progress = groups[group]
        return CaseScore(
            factoren: Scoring.factorScore(marks: progress.marks, casus: casus),
            zichtbaarheid: Scoring.visibilityScore(calls: progress.calls, casus: casus),
            pijlers: casus.dilemmas.indices.map {
                Scoring.pillarScore(progress.choices[$0], dilemma: casus.dilemmas[$0], awarded: progress.ownScores[$0])
            })
    }

    public var maxScore: CaseScore {
        CaseScore(
            factoren: Scoring.maxFactorScore(casus), zichtbaarheid: Scoring.maxVisibilityScore(casus),
            pijlers: casus.dilemmas.map(\.besteScore))
    }

    /// Whether `group` has finished the current step (locked its answer).
    public func hasLocked(_ group: Int) -> Bool {
        switch step {
        case .factoren: groups[group].factorsLocked
        case .zichtbaarheid: groups[group].callsLocked
        case .pijler(let i): groups[group].choices[i] != nil
        default: true
        }
    }

    public var allLocked: Bool { groups.indices.allSatisfy(hasLocked) }

    /// Groups choose the few factors that determine the action, not everything that might play a role.
    public var markCap: Int { casus.bepalendMax }

    /// How many factors `group` has marked on `side`.
    public func markCount(_ group: Int, side: Kant) -> Int {
        groups[group].marks.count { $0.kant == side }
    }

    /// Per option of dilemma `index`, the names of the groups that chose it.
    public func split(of index: Int) -> [[String]] {
        casus.dilemmas[index].opties.indices.map { option in
            groups.filter { $0.choices[index] == .option(option) }.map(\.name)
        }
    }

    /// Backspace is allowed unless some groups have locked and others not: going
    /// back then would leave half-made choices out of view.
    public var canGoBack: Bool {
        guard stepIndex > 0, step != .afsluiting else { return false }
        let locks = groups.indices.filter(hasLocked).count
        return locks == 0 || locks == groups.count
    }

    /// Whether Enter may leave the current step for the next one.
    var canAdvance: Bool {
        switch step {
        case .afsluiting: false
        case .factoren, .zichtbaarheid, .pijler: allLocked
        default: true
        }
    }

    public func group(named name: String?) -> Int? {
        name.flatMap { name in groups.firstIndex { $0.name == name } }
    }

    // MARK: - Events

    /// Applies one confirmed event; false (and nothing changed) when it does not
    /// fit the game as it stands — a replayed line from another version of the case.
    /// Events that only record consequences (reveals, case end, time up) change nothing.
    public mutating func apply(event: SessionEvent, now: Double) -> Bool {
        let group = self.group(named: event.group)
        switch event.kind {
        case .phaseEntered:
            // The room did move on: a logged phase is a fact, even when a line before it could not be
            // replayed (an edited log, another version of the case). `Game+Decide` keeps live play to the rules.
            guard let target = steps.firstIndex(where: { $0.logName(in: casus) == event.phase }) else { return false }
            if target != stepIndex { enter(target, now: now) }
            loggedRemaining = nil
            if case .phaseEntered(_, let remaining?) = event.kind { setTimer(remaining: remaining, running: timer.isRunning, now: now) }
        case .timerSet(let remaining, let running):
            setTimer(remaining: remaining, running: running, now: now)
        case .timeUp:
            loggedRemaining = 0
            if !timer.expired { timer.expire() }
        case .choiceReopened:
            guard let group, hasLocked(group), !allLocked else { return false }
            switch step {
            case .factoren: groups[group].factorsLocked = false
            case .zichtbaarheid: groups[group].callsLocked = false
            case .pijler(let index): groups[group].choices[index] = nil
            default: return false
            }
        case .knelpuntShown(let number, _):
            guard step == .knelpunten, number >= 1, number <= casus.knelpunten.count else { return false }
            revealedKnelpunten = max(revealedKnelpunten, number)
        case .factorsLocked(let client, let professional):
            guard step == .factoren, let group, !groups[group].factorsLocked else { return false }
            let marks =
                client.map { FactorMark(kant: .client, factor: $0) } + professional.map { FactorMark(kant: .professional, factor: $0) }
            // A factor the taxonomy no longer has (an older log) is left out rather than losing the rest.
            groups[group].marks = Set(marks.filter { taxonomy.factor($0.factor) != nil })
            groups[group].factorsLocked = true
        case .visibilityLocked(let calls):
            guard step == .zichtbaarheid, let group, !groups[group].callsLocked else { return false }
            let marks = groups[group].marks
            guard calls.allSatisfy({ marks.contains($0.mark) }), Set(calls.map(\.mark)) == marks else { return false }
            groups[group].calls = Dictionary(calls.map { ($0.mark, $0.value) }) { _, last in last }
            groups[group].callsLocked = true
        case .optionChosen(let pillar, let number, _, _, _):
            guard case .pijler(let index) = step, let group, groups[group].choices[index] == nil,
                casus.dilemmas[index].pijler == pillar, casus.dilemmas[index].opties.indices.contains(number - 1)
            else { return false }
            groups[group].choices[index] = .option(number - 1)
        case .passed(let pillar):
            guard case .pijler(let index) = step, let group, groups[group].choices[index] == nil, casus.dilemmas[index].pijler == pillar
            else { return false }
            groups[group].choices[index] = .pass
        case .ownApproach(let pillar, let text):
            let clean = text.trimmed
            guard case .pijler(let index) = step, let group, groups[group].choices[index] == nil, casus.dilemmas[index].pijler == pillar,
                !clean.isEmpty
            else { return false }
            groups[group].choices[index] = .own(clean)
        case .expertShown(let pillar):
            guard case .pijlerOnthulling(let index) = step, casus.dilemmas[index].pijler == pillar else { return false }
            expertShown.insert(index)
        case .ownApproachScored(let pillar, let score, let reason):
            guard case .pijlerOnthulling(let index) = step, expertShown.contains(index), casus.dilemmas[index].pijler == pillar,
                let group, case .own = groups[group].choices[index], OwnApproachScore.range.contains(score)
            else { return false }
            groups[group].ownScores[index] = OwnApproachScore(score: score, reason: reason.trimmed)
        case .noteWritten(let text):
            let clean = text.trimmed
            guard let group, !clean.isEmpty else { return false }
            groups[group].notes.append(Note(step: step, text: clean))
        case .caseSkipped:
            guard step == .inhoudswaarschuwing else { return false }
            skipped = true
        case .factorsRevealed, .pillarRevealed, .caseEnded, .turnTaken:
            return true
        case .sessionStarted, .caseStarted, .caseReloaded, .sessionEnded, .sessionInterrupted, .sessionResumed, .leervraagJudged,
            .icebergShown:
            // The session's business, not the case's.
            return false
        }
        return true
    }

    /// A logged timer value; live, the timer already stands there (to the second), so it keeps its fraction.
    private mutating func setTimer(remaining: Int, running: Bool, now: Double) {
        loggedRemaining = remaining
        if timer.remaining(at: now) != remaining || timer.isRunning != running {
            timer.set(remaining: remaining, running: running, at: now)
        }
    }

    /// Whether groups answer on this step (and so can lock, and be reopened).
    public var isChoosing: Bool {
        switch step {
        case .factoren, .zichtbaarheid, .pijler: true
        default: false
        }
    }

    mutating func enter(_ index: Int, now: Double) {
        let forward = index > stepIndex
        stepIndex = index
        if !(forward && step.continuesPreviousTimer) {
            let minutes = step.minutes(in: casus, short: config.short)
            timer = PhaseTimer(seconds: (minutes ?? 0) * 60, runningAt: minutes == nil ? nil : now)
        }
    }

    /// An event of this case at the current step.
    func event(_ kind: SessionEvent.Kind, group: Int? = nil) -> SessionEvent {
        SessionEvent(kind, caseID: casus.id, phase: step.logName(in: casus), group: group.map { groups[$0].name })
    }
}
