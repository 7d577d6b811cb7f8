/// What the room asks of the session (from the keyboard now, from a group's
/// device later). `perform` decides which events follow and applies each through
/// `apply`, the same step a replay takes; the events come back as effects to log.
public enum SessionCommand: Sendable, Equatable {
    case startCase(LoadedCase)
    case game(GameAction)
    /// Tab: hand the keyboard to this group.
    case turn(group: Int)
    /// R: the author's edited version of the current case.
    case reload(LoadedCase)
    /// `play --resume`; `reopen` with `--heropen`, for a session that had ended.
    case resume(reopen: Bool)
    case end(reason: String)
    case interrupt(signal: Int)
    /// The debrief: the next status of learning question `index` (0-based).
    case judgeLeervraag(index: Int)
    /// The own-iceberg prompts are on screen (logged once per case).
    case showIceberg
}

extension SessionState {
    /// A new session and its first event.
    public static func begin(id: String, file: String, time: String, start: SessionStart) -> (SessionState, [GameEffect]) {
        let event = SessionEvent(.sessionStarted(start))
        let state = SessionState(id: id, file: file, startedAt: time, start: start)
        return (state, [.log(event)])
    }

    public mutating func perform(_ command: SessionCommand, cases: CaseLookup, now: Double) -> [GameEffect] {
        let game = currentGame
        let here = (caseID: game?.casus.id, phase: game.map { $0.step.logName(in: $0.casus) })
        switch command {
        case .startCase(let loaded):
            let casus = loaded.casus
            // Shuffled per session so no position gives the best option away; the order is logged.
            let order = self.start.seed.map { OptionOrder.shuffled(casus, seed: $0) }
            let start = CaseStart(
                title: casus.titel, groups: config.groups, file: loaded.file, contentHash: loaded.contentHash, optionOrder: order)
            let first = Step.sequence(for: casus, pillars: config.pillars(for: casus))[0]
            let minutes = first.minutes(in: casus, short: config.short)
            let lookup = cases.preferring(loaded)
            return emit(
                [
                    SessionEvent(.caseStarted(start), caseID: casus.id),
                    SessionEvent(
                        .phaseEntered(minutes: minutes, remaining: minutes.map { $0 * 60 }), caseID: casus.id,
                        phase: first.logName(in: casus)),
                ], cases: lookup, now: now)
        case .game(let action):
            guard var game else { return [] }
            let last = plays.count - 1
            let effects = game.apply(action, now: now)
            plays[last].game = game
            // The game applied its events already; the session records them as a replay would.
            for case .log(let event) in effects {
                plays[last].events.append(event)
                recorded(event)
            }
            return effects
        case .turn(let group):
            guard let game, game.groups.indices.contains(group), group != activeGroup else { return [] }
            return emit(
                [SessionEvent(.turnTaken, caseID: here.caseID, phase: here.phase, group: game.groups[group].name)], cases: cases, now: now)
        case .reload(let loaded):
            guard let game, loaded.casus.id == game.casus.id else { return [] }
            let event = SessionEvent(
                .caseReloaded(title: loaded.casus.titel, contentHash: loaded.contentHash), caseID: loaded.casus.id, phase: here.phase)
            return emit([event], cases: cases.preferring(loaded), now: now)
        case .resume(let reopen):
            let event = SessionEvent(.sessionResumed(reopened: reopen && isFinished), caseID: here.caseID, phase: here.phase)
            return emit([event], cases: cases, now: now)
        case .end(let reason):
            return stopTimer(now: now, cases: cases)
                + emit([SessionEvent(.sessionEnded(reason: reason), caseID: here.caseID)], cases: cases, now: now)
        case .judgeLeervraag(let index):
            guard config.leervragen.indices.contains(index) else { return [] }
            let status = leervraagStatus[index]?.next ?? .beantwoord
            let kind = SessionEvent.Kind.leervraagJudged(number: index + 1, question: config.leervragen[index], status: status)
            return emit([SessionEvent(kind, caseID: here.caseID, phase: here.phase)], cases: cases, now: now)
        case .showIceberg:
            guard game != nil, plays.last?.icebergShown == false else { return [] }
            return emit([SessionEvent(.icebergShown, caseID: here.caseID, phase: here.phase)], cases: cases, now: now)
        case .interrupt(let signal):
            let event = SessionEvent(.sessionInterrupted(signal: signal), caseID: here.caseID, phase: here.phase)
            return stopTimer(now: now, cases: cases) + emit([event], cases: cases, now: now)
        }
    }

    /// A running timer stops with the session, and the log keeps the time that was left for `--resume`.
    private mutating func stopTimer(now: Double, cases: CaseLookup) -> [GameEffect] {
        guard currentGame?.timer.isRunning == true else { return [] }
        return perform(.game(.toggleTimer), cases: cases, now: now)
    }

    private mutating func emit(_ events: [SessionEvent], cases: CaseLookup, now: Double) -> [GameEffect] {
        events.filter { apply($0, cases: cases, now: now) }.map { .log($0) }
    }
}

extension CaseLookup {
    /// The same lookup, but `loaded` for its own id: a case just opened or reread from disk.
    func preferring(_ loaded: LoadedCase) -> CaseLookup {
        CaseLookup(taxonomy: taxonomy) { id, file in id == loaded.casus.id ? loaded : resolve(id, file) }
    }
}

extension SessionState {
    /// A resumed session waits for the trainer: the phase timer paused at the time the log last recorded.
    public mutating func pauseTimerForResume() {
        guard !onLibrary, let last = plays.indices.last, plays[last].game != nil else { return }
        plays[last].game?.pauseTimerForResume()
    }
}
