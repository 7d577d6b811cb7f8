/// The session machine's one step: a confirmed event changes the session. Live
/// play (through `perform`), `--resume`, `terugkijken`, `rapport`, `statistiek`
/// and `sessies` all go through here, so they cannot disagree.
extension SessionState {
    /// The session a log's first event starts.
    public static func started(by event: SessionEvent, id: String, file: String, time: String, truncatedBytes: Int = 0)
        -> SessionState?
    {
        guard case .sessionStarted(let start) = event.kind else { return nil }
        return SessionState(id: id, file: file, startedAt: time, start: start, truncatedBytes: truncatedBytes)
    }

    /// Applies one event; false when it does not fit (a line for another case, a
    /// choice the current version of the case no longer offers). `line` names the
    /// log line in the case's list of lines that could not be replayed.
    @discardableResult
    public mutating func apply(_ event: SessionEvent, cases: CaseLookup, now: Double = 0, time: String = "", line: Int? = nil) -> Bool {
        switch event.kind {
        case .sessionStarted:
            return false
        case .caseStarted(let start):
            startCase(start, caseID: event.caseID ?? "", cases: cases, now: now, time: time)
            return true
        case .sessionEnded(let reason):
            endReason = reason
            return true
        case .sessionResumed:
            resumptions += 1
            endReason = nil
            return true
        case .sessionInterrupted:
            return true
        case .leervraagJudged(let number, _, let status):
            guard config.leervragen.indices.contains(number - 1) else { return false }
            leervraagStatus[number - 1] = status
            return true
        case .icebergShown:
            guard isCurrentCase(event) else { return false }
            plays[plays.count - 1].icebergShown = true
            plays[plays.count - 1].events.append(event)
            return true
        case .turnTaken:
            guard let group = config.groups.firstIndex(of: event.group ?? "") else { return false }
            activeGroup = group
            return true
        case .caseReloaded:
            guard isCurrentCase(event), var game = plays[plays.count - 1].game,
                let reloaded = cases.resolve(game.casus.id, plays[plays.count - 1].file)
            else { return false }
            game = game.reloaded(with: reloaded.casus)
            plays[plays.count - 1].game = game
            plays[plays.count - 1].events.append(event)
            return true
        default:
            guard isCurrentCase(event) else { return false }
            let last = plays.count - 1
            // Without the case file the event is kept for the report, but nothing can be replayed.
            var accepted = true
            if var game = plays[last].game {
                accepted = game.apply(event: event, now: now)
                plays[last].game = game
            }
            // Kept either way: a report shows what the room chose, even in a case that changed since.
            plays[last].events.append(event)
            if accepted {
                recorded(event)
            } else if let line {
                plays[last].unmatchedLines.append(line)
            }
            return accepted
        }
    }

    /// What a case event means for the session around the game, once the game took it:
    /// its end, a skip, and whose turn it is.
    mutating func recorded(_ event: SessionEvent) {
        let last = plays.count - 1
        switch event.kind {
        case .caseEnded: plays[last].finished = true
        case .caseSkipped:
            plays[last].skipped = true
            onLibrary = true
        default: break
        }
        passTurn(after: event)
    }

    /// The turn rule, the only one: on a new step the first group that still has to
    /// answer takes the keyboard; after a group locks, the next one still to answer.
    private mutating func passTurn(after event: SessionEvent) {
        guard let game = plays.last?.game else { return }
        switch event.kind {
        case .phaseEntered:
            activeGroup = game.firstOpenGroup
        case .choiceReopened:
            // The reopened group answers again, so it has the keyboard.
            if let group = game.group(named: event.group) { activeGroup = group }
        case _ where event.isLock:
            if let group = game.group(named: event.group), let next = game.nextOpenGroup(after: group) { activeGroup = next }
        default: break
        }
    }

    private func isCurrentCase(_ event: SessionEvent) -> Bool {
        !plays.isEmpty && event.caseID == plays[plays.count - 1].caseID
    }

    private mutating func startCase(_ start: CaseStart, caseID: String, cases: CaseLookup, now: Double, time: String) {
        let resolved = cases.resolve(caseID, start.file)
        var game: Game?
        if let resolved, let taxonomy = cases.taxonomy {
            game = Game(casus: resolved.casus, taxonomy: taxonomy, config: config, now: now, optionOrder: start.optionOrder)
        }
        plays.append(
            PlayedCase(
                caseID: caseID, title: start.title, file: start.file, loggedHash: start.contentHash,
                currentHash: resolved?.contentHash, startedAt: time, game: game))
        onLibrary = false
        activeGroup = 0
    }
}
