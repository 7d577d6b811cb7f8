/// Which events an action leads to. Every event is applied through
/// `apply(event:now:)` as it is emitted, so live play changes the game exactly as
/// a replay of its log does; an event the game refuses is not emitted.
extension Game {
    public mutating func apply(_ action: GameAction, now: Double) -> [GameEffect] {
        var effects: [GameEffect] = []
        switch action {
        case .advance:
            // Knelpunten still hidden stay hidden: the trainer chose to go on (the screen asks twice).
            if case .pijlerOnthulling(let index) = step, !expertShown.contains(index) {
                // The room talks about the spread first; the next Enter brings the expert view and the points.
                emit(event(.expertShown(pillar: casus.dilemmas[index].pijler)), now, &effects)
            } else if canAdvance {
                enterAndReveal(stepIndex + 1, now, &effects)
            }
        case .back:
            if canGoBack { emit(phaseEvent(at: stepIndex - 1, now: now), now, &effects) }
        case .skipCase:
            emit(event(.caseSkipped), now, &effects)
        case .revealNextKnelpunt:
            if step == .knelpunten && revealedKnelpunten < casus.knelpunten.count { emit(knelpunt(revealedKnelpunten), now, &effects) }
        case .toggleFactor(let group, let mark):
            guard step == .factoren, groups.indices.contains(group), !groups[group].factorsLocked, taxonomy.factor(mark.factor) != nil
            else { break }
            // A full side refuses another mark: swapping means unmarking one first.
            if groups[group].marks.remove(mark) == nil, markCount(group, side: mark.kant) < markCap { groups[group].marks.insert(mark) }
        case .lockFactors(let group):
            guard groups.indices.contains(group) else { break }
            let marks = groups[group].marks.sorted()
            let lock = event(
                .factorsLocked(
                    client: marks.filter { $0.kant == .client }.map(\.factor),
                    professional: marks.filter { $0.kant == .professional }.map(\.factor)), group: group)
            if emit(lock, now, &effects) { advanceWhenAllLocked(now, &effects) }
        case .setVisibility(let group, let mark, let value):
            guard step == .zichtbaarheid, groups.indices.contains(group), !groups[group].callsLocked, groups[group].marks.contains(mark)
            else { break }
            groups[group].calls[mark] = value
        case .lockVisibility(let group):
            guard groups.indices.contains(group), groups[group].uncalledMarks.isEmpty else { break }
            let calls = groups[group].calls.sorted { $0.key < $1.key }.map { VisibilityCall($0.key, $0.value) }
            if emit(event(.visibilityLocked(calls), group: group), now, &effects) { advanceWhenAllLocked(now, &effects) }
        case .choose(let group, let choice):
            guard case .pijler(let index) = step, groups.indices.contains(group) else { break }
            let dilemma = casus.dilemmas[index]
            let kind: SessionEvent.Kind
            switch choice {
            case .option(let option):
                guard dilemma.opties.indices.contains(option) else { return [] }
                let optie = dilemma.opties[option]
                let shown = optionOrder[index].firstIndex(of: option).map { $0 + 1 }
                kind = .optionChosen(pillar: dilemma.pijler, number: option + 1, shown: shown, text: optie.tekst, score: optie.score)
            case .pass:
                kind = .passed(pillar: dilemma.pijler)
            case .own(let text):
                kind = .ownApproach(pillar: dilemma.pijler, text: text.trimmed)
            }
            if emit(event(kind, group: group), now, &effects) { advanceWhenAllLocked(now, &effects) }
        case .scoreOwnApproach(let group, let score, let reason):
            guard case .pijlerOnthulling(let index) = step, groups.indices.contains(group) else { break }
            emit(
                event(.ownApproachScored(pillar: casus.dilemmas[index].pijler, score: score, reason: reason.trimmed), group: group), now,
                &effects)
        case .note(let group, let text):
            guard groups.indices.contains(group) else { break }
            emit(event(.noteWritten(text.trimmed), group: group), now, &effects)
        case .reopen(let group):
            guard isChoosing, groups.indices.contains(group) else { break }
            emit(event(.choiceReopened, group: group), now, &effects)
        case .toggleTimer:
            var next = timer
            next.toggle(at: now)
            if next.isRunning != timer.isRunning { emitTimer(next, now, &effects) }
        case .addMinutes(let minutes):
            guard step.minutes(in: casus, short: config.short) != nil else { break }
            var next = timer
            next.add(minutes: minutes, at: now)
            emitTimer(next, now, &effects)
        case .tick:
            if timer.tick(at: now) { effects += [.flash, .log(event(.timeUp))] }
        }
        return effects
    }

    /// Applies `event` and, when the game accepts it, records it for the log.
    @discardableResult
    private mutating func emit(_ event: SessionEvent, _ now: Double, _ effects: inout [GameEffect]) -> Bool {
        guard apply(event: event, now: now) else { return false }
        effects.append(.log(event))
        return true
    }

    /// The timer as the trainer set it, logged so a resumed session finds the time that was left.
    private mutating func emitTimer(_ next: PhaseTimer, _ now: Double, _ effects: inout [GameEffect]) {
        emit(event(.timerSet(remaining: next.remaining(at: now), running: next.isRunning)), now, &effects)
    }

    private func knelpunt(_ index: Int) -> SessionEvent {
        event(.knelpuntShown(number: index + 1, text: casus.knelpunten[index].tekst))
    }

    /// The `fase` event for entering step `index`, as the log names it.
    /// A reveal goes on with its phase's time; any other step starts at its full time.
    private func phaseEvent(at index: Int, now: Double) -> SessionEvent {
        let minutes = steps[index].minutes(in: casus, short: config.short)
        let continues = index > stepIndex && steps[index].continuesPreviousTimer
        let remaining = minutes.map { continues ? timer.remaining(at: now) : $0 * 60 }
        return SessionEvent(
            .phaseEntered(minutes: minutes, remaining: remaining), caseID: casus.id, phase: steps[index].logName(in: casus))
    }

    /// When the last group locks, the room moves on by itself to the reveal.
    private mutating func advanceWhenAllLocked(_ now: Double, _ effects: inout [GameEffect]) {
        guard allLocked else { return }
        switch step {
        case .factoren, .zichtbaarheid, .pijler: enterAndReveal(stepIndex + 1, now, &effects)
        default: break
        }
    }

    /// Enters `index` and records what the new step reveals (scores and spread), for reports and statistics.
    private mutating func enterAndReveal(_ index: Int, _ now: Double, _ effects: inout [GameEffect]) {
        guard emit(phaseEvent(at: index, now: now), now, &effects) else { return }
        switch step {
        case .zichtbaarheidOnthulling:
            emit(
                event(.factorsRevealed(scoreTable { FactorPoints(factoren: $0.factoren, zichtbaarheid: $0.zichtbaarheid) })), now, &effects)
        case .pijlerOnthulling(let i):
            let dilemma = casus.dilemmas[i]
            let reveal = SessionEvent.Kind.pillarRevealed(
                pillar: dilemma.pijler, distribution: split(of: i).map(\.count), passes: groups.count { $0.choices[i] == .pass },
                scores: scoreTable { $0.pijlers[i] })
            emit(event(reveal), now, &effects)
        case .afsluiting:
            emit(event(.caseEnded(scoreTable { $0 })), now, &effects)
        default: break
        }
    }

    private func scoreTable<Value>(_ value: (CaseScore) -> Value) -> [String: Value] {
        Dictionary(groups.indices.map { (groups[$0].name, value(score(of: $0))) }) { first, _ in first }
    }
}
