/// One case being played by the groups: state + action → new state + effects.
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

    public var step: Step { steps[stepIndex] }
    public var isFinished: Bool { step == .afsluiting || skipped }

    /// Starts the case; the returned effects log its start and first phase.
    /// `source` (file and content hash) goes into the log so later readers can tell the case changed.
    public static func start(
        casus: Casus, taxonomy: Taxonomy, config: GameConfig, now: Double, source: (file: String, hash: String)? = nil
    ) -> (Game, [GameEffect]) {
        let game = Game(casus: casus, taxonomy: taxonomy, config: config, now: now)
        var data: [String: LogValue] = ["titel": .string(casus.titel), "groepen": .array(config.groups.map { .string($0) })]
        if let source {
            data["bestand"] = .string(source.file)
            data["inhoud"] = .string(source.hash)
        }
        let start = SessionEvent("casus_start", caseID: casus.id, data: data)
        return (game, [.log(start), .log(game.phaseEvent())])
    }

    private init(casus: Casus, taxonomy: Taxonomy, config: GameConfig, now: Double) {
        self.casus = casus
        self.taxonomy = taxonomy
        self.config = config
        steps = Step.sequence(for: casus)
        groups = config.groups.map(GroupProgress.init)
        timer = PhaseTimer(seconds: (steps[0].minutes(in: casus) ?? 0) * 60, runningAt: steps[0].minutes(in: casus) == nil ? nil : now)
    }

    // MARK: - Queries

    public func score(of group: Int) -> CaseScore {
        let progress = groups[group]
        return CaseScore(
            factoren: Scoring.factorScore(marks: progress.marks, casus: casus),
            zichtbaarheid: Scoring.visibilityScore(calls: progress.calls, casus: casus),
            pijlers: casus.dilemmas.indices.map { Scoring.pillarScore(progress.choices[$0], dilemma: casus.dilemmas[$0]) })
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

    // MARK: - Update

    public mutating func apply(_ action: GameAction, now: Double) -> [GameEffect] {
        switch action {
        case .advance: return advance(now: now)
        case .back:
            guard canGoBack else { return [] }
            return enter(stepIndex - 1, now: now)
        case .skipCase:
            guard step == .inhoudswaarschuwing else { return [] }
            skipped = true
            return [.log(SessionEvent("casus_overgeslagen", caseID: casus.id, phase: step.logName(in: casus)))]
        case .revealNextKnelpunt:
            guard step == .knelpunten, revealedKnelpunten < casus.knelpunten.count else { return [] }
            revealedKnelpunten += 1
            return [
                .log(
                    event(
                        "knelpunt_getoond",
                        data: [
                            "nummer": .int(revealedKnelpunten), "tekst": .string(casus.knelpunten[revealedKnelpunten - 1].tekst),
                        ]))
            ]
        case .toggleFactor(let group, let mark):
            guard step == .factoren, groups.indices.contains(group), !groups[group].factorsLocked,
                taxonomy.factor(mark.factor) != nil
            else { return [] }
            if groups[group].marks.remove(mark) == nil { groups[group].marks.insert(mark) }
            return []
        case .lockFactors(let group):
            guard step == .factoren, groups.indices.contains(group), !groups[group].factorsLocked else { return [] }
            groups[group].factorsLocked = true
            let marks = groups[group].marks
            var effects: [GameEffect] = [
                .log(
                    event(
                        "factoren_vastgelegd", group: group,
                        data: [
                            "client": .array(marks.filter { $0.kant == .client }.sorted().map { .string($0.factor) }),
                            "professional": .array(marks.filter { $0.kant == .professional }.sorted().map { .string($0.factor) }),
                        ]))
            ]
            if allLocked { effects += enter(stepIndex + 1, now: now) }
            return effects
        case .setVisibility(let group, let mark, let value):
            guard step == .zichtbaarheid, groups.indices.contains(group), !groups[group].callsLocked,
                groups[group].marks.contains(mark)
            else { return [] }
            groups[group].calls[mark] = value
            return []
        case .lockVisibility(let group):
            guard step == .zichtbaarheid, groups.indices.contains(group), !groups[group].callsLocked,
                groups[group].uncalledMarks.isEmpty
            else { return [] }
            groups[group].callsLocked = true
            let calls = groups[group].calls.sorted { $0.key < $1.key }.map { mark, value -> LogValue in
                .object(["kant": .string(mark.kant.rawValue), "factor": .string(mark.factor), "zichtbaarheid": .string(value.rawValue)])
            }
            var effects: [GameEffect] = [.log(event("zichtbaarheid_vastgelegd", group: group, data: ["oordelen": .array(calls)]))]
            if allLocked { effects += enter(stepIndex + 1, now: now) }
            return effects
        case .choose(let group, let choice):
            guard case .pijler(let index) = step, groups.indices.contains(group), groups[group].choices[index] == nil else {
                return []
            }
            let dilemma = casus.dilemmas[index]
            if case .option(let option) = choice, !dilemma.opties.indices.contains(option) { return [] }
            groups[group].choices[index] = choice
            var data: [String: LogValue] = ["pijler": .string(dilemma.pijler)]
            switch choice {
            case .option(let option):
                data["optie"] = .int(option + 1)
                data["tekst"] = .string(dilemma.opties[option].tekst)
                data["score"] = .int(dilemma.opties[option].score)
            case .pass:
                data["pas"] = .bool(true)
                data["score"] = .int(0)
            }
            var effects: [GameEffect] = [.log(event(choice == .pass ? "pas" : "keuze", group: group, data: data))]
            if allLocked { effects += enter(stepIndex + 1, now: now) }
            return effects
        case .note(let group, let text):
            let clean = text.trimmed
            guard groups.indices.contains(group), !clean.isEmpty else { return [] }
            groups[group].notes.append(Note(step: step, text: clean))
            return [.log(event("notitie", group: group, data: ["tekst": .string(clean)]))]
        case .toggleTimer:
            timer.toggle(at: now)
            return []
        case .addMinutes(let minutes):
            guard step.minutes(in: casus) != nil else { return [] }
            timer.add(minutes: minutes, at: now)
            return []
        case .tick:
            guard timer.tick(at: now) else { return [] }
            return [.flash, .log(event("tijd_op"))]
        }
    }

    private mutating func advance(now: Double) -> [GameEffect] {
        switch step {
        case .afsluiting:
            return []
        case .knelpunten where revealedKnelpunten < casus.knelpunten.count:
            // First Enter shows what is still hidden, so nothing is skipped unseen.
            let hidden = (revealedKnelpunten..<casus.knelpunten.count).map { index in
                GameEffect.log(
                    event("knelpunt_getoond", data: ["nummer": .int(index + 1), "tekst": .string(casus.knelpunten[index].tekst)]))
            }
            revealedKnelpunten = casus.knelpunten.count
            return hidden
        case .factoren, .zichtbaarheid, .pijler:
            guard allLocked else { return [] }
            return enter(stepIndex + 1, now: now)
        default:
            return enter(stepIndex + 1, now: now)
        }
    }

    private mutating func enter(_ index: Int, now: Double) -> [GameEffect] {
        let forward = index > stepIndex
        stepIndex = index
        if !(forward && step.continuesPreviousTimer) {
            let minutes = step.minutes(in: casus)
            timer = PhaseTimer(seconds: (minutes ?? 0) * 60, runningAt: minutes == nil ? nil : now)
        }
        var effects: [GameEffect] = [.log(phaseEvent())]
        guard forward else { return effects }
        switch step {
        case .zichtbaarheidOnthulling:
            effects.append(
                .log(
                    event(
                        "onthulling_factoren",
                        data: [
                            "scores": scoreTable { score in
                                .object(["factoren": .int(score.factoren), "zichtbaarheid": .int(score.zichtbaarheid)])
                            }
                        ])))
        case .pijlerOnthulling(let i):
            let dilemma = casus.dilemmas[i]
            let counts = split(of: i).map(\.count)
            effects.append(
                .log(
                    event(
                        "onthulling_pijler",
                        data: [
                            "pijler": .string(dilemma.pijler),
                            "verdeling": .array(counts.map { .int($0) }),
                            "pas": .int(groups.count { $0.choices[i] == .pass }),
                            "scores": scoreTable { .int($0.pijlers[i]) },
                        ])))
        case .afsluiting:
            effects.append(
                .log(
                    event(
                        "casus_einde",
                        data: [
                            "scores": scoreTable { score in
                                .object([
                                    "factoren": .int(score.factoren), "zichtbaarheid": .int(score.zichtbaarheid),
                                    "pijlers": .array(score.pijlers.map { .int($0) }), "totaal": .int(score.total),
                                ])
                            }
                        ])))
        default: break
        }
        return effects
    }

    private func scoreTable(_ value: (CaseScore) -> LogValue) -> LogValue {
        .object(Dictionary(uniqueKeysWithValues: groups.indices.map { (groups[$0].name, value(score(of: $0))) }))
    }

    private func phaseEvent() -> SessionEvent {
        event("fase", data: ["minuten": step.minutes(in: casus).map { .int($0) } ?? .null])
    }

    private func event(_ type: String, group: Int? = nil, data: [String: LogValue] = [:]) -> SessionEvent {
        SessionEvent(type, caseID: casus.id, phase: step.logName(in: casus), group: group.map { groups[$0].name }, data: data)
    }
}
