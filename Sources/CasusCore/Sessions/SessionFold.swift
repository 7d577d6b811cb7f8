/// Rebuilds a session from its log by replaying each logged decision through
/// `Game.apply`, the same state machine the room played with. Events that are
/// consequences of others (reveals, case end, scores) are not replayed: the
/// state machine produces them again.
public enum SessionFold {
    public typealias Resolver = (_ caseID: String, _ file: String?) -> LoadedCase?

    /// `observe` sees the state after every event (the replay screen keeps these as frames).
    public static func fold(
        _ contents: SessionLogReader.Contents, taxonomy: Taxonomy?, resolve: Resolver,
        observe: ((SessionState, LoggedEvent) -> Void)? = nil
    ) -> SessionState {
        let first = contents.events[0]
        let names = first.strings("groepen").filter { !$0.isEmpty }
        let config = GameConfig(
            groups: names.isEmpty ? ["?"] : names, anonymous: first.bool("anoniem") ?? false,
            showScores: first.bool("scores") ?? true, leervragen: first.strings("leervragen"))
        var state = SessionState(
            id: first.session, file: contents.file, startedAt: first.time, training: first.string("training"),
            config: config, truncatedBytes: contents.truncatedBytes)
        for event in contents.events.dropFirst() {
            state.apply(event, taxonomy: taxonomy, resolve: resolve)
            observe?(state, event)
        }
        return state
    }
}

extension SessionState {
    mutating func apply(_ event: LoggedEvent, taxonomy: Taxonomy?, resolve: SessionFold.Resolver) {
        switch event.type {
        case "casus_start":
            startCase(event, taxonomy: taxonomy, resolve: resolve)
        case "sessie_einde":
            endReason = event.string("reden") ?? ""
        case "sessie_hervat":
            resumptions += 1
            endReason = nil
        case "beurt":
            if let group = config.groups.firstIndex(where: { $0 == event.group }) { activeGroup = group }
        default:
            guard !plays.isEmpty, event.caseID == plays[plays.count - 1].caseID else { return }
            plays[plays.count - 1].events.append(event)
            replay(event)
        }
    }

    private mutating func startCase(_ event: LoggedEvent, taxonomy: Taxonomy?, resolve: SessionFold.Resolver) {
        let id = event.caseID ?? ""
        let file = event.string("bestand")
        let resolved = resolve(id, file)
        var game: Game?
        if let resolved, let taxonomy {
            game = Game.start(casus: resolved.casus, taxonomy: taxonomy, config: config, now: 0).0
        }
        plays.append(
            PlayedCase(
                caseID: id, title: event.string("titel") ?? id, file: file, loggedHash: event.string("inhoud"),
                currentHash: resolved?.contentHash, startedAt: event.time, game: game))
        onLibrary = false
        activeGroup = 0
    }

    /// Turns one logged decision back into the actions that made it.
    private mutating func replay(_ event: LoggedEvent) {
        let last = plays.count - 1
        if event.type == "casus_einde" { plays[last].finished = true }
        guard var game = plays[last].game else {
            if event.type == "casus_overgeslagen" { skip(last) }
            return
        }
        let before = game.step
        let group = event.group.flatMap { name in game.groups.firstIndex { $0.name == name } }
        var matched = true
        func run(_ action: GameAction) -> Bool { !game.apply(action, now: 0).isEmpty }

        switch event.type {
        case "knelpunt_getoond":
            let number = event.int("nummer") ?? 0
            while game.revealedKnelpunten < number, run(.revealNextKnelpunt) {}
            matched = game.revealedKnelpunten >= number
        case "fase":
            matched = move(&game, to: event.phase)
        case "factoren_vastgelegd":
            guard let group else { matched = false; break }
            for (key, kant) in [("client", Kant.client), ("professional", .professional)] {
                for factor in event.strings(key) {
                    _ = game.apply(.toggleFactor(group: group, FactorMark(kant: kant, factor: factor)), now: 0)
                }
            }
            matched = run(.lockFactors(group: group))
        case "zichtbaarheid_vastgelegd":
            guard let group else { matched = false; break }
            for call in event.data["oordelen"]?.elements ?? [] {
                guard let fields = call.members, let kant = fields["kant"]?.stringValue.flatMap(Kant.init(rawValue:)),
                    let factor = fields["factor"]?.stringValue,
                    let value = fields["zichtbaarheid"]?.stringValue.flatMap(Zichtbaarheid.init(rawValue:))
                else { continue }
                _ = game.apply(.setVisibility(group: group, FactorMark(kant: kant, factor: factor), value), now: 0)
            }
            matched = run(.lockVisibility(group: group))
        case "keuze", "pas":
            guard let group else { matched = false; break }
            let choice: Choice = event.type == "pas" ? .pass : .option((event.int("optie") ?? 0) - 1)
            matched = run(.choose(group: group, choice))
        case "notitie":
            guard let group, let text = event.string("tekst") else { matched = false; break }
            matched = run(.note(group: group, text: text))
        case "casus_overgeslagen":
            matched = run(.skipCase)
        default:
            break
        }
        plays[last].game = game
        if !matched { plays[last].unmatchedLines.append(event.line) }
        if event.type == "casus_overgeslagen" { skip(last) }
        // The keyboard moves as it did on screen: to the first open group on a new
        // step, to the next open group after a lock.
        if game.step != before {
            activeGroup = game.firstOpenGroup
        } else if ["factoren_vastgelegd", "zichtbaarheid_vastgelegd", "keuze", "pas"].contains(event.type), let group,
            let next = game.nextOpenGroup(after: group)
        {
            activeGroup = next
        }
    }

    private mutating func skip(_ index: Int) {
        plays[index].skipped = true
        onLibrary = true
    }

    /// Enter and Backspace until the game shows `phase`; false when it cannot get there.
    private func move(_ game: inout Game, to phase: String?) -> Bool {
        let casus = game.casus
        guard let target = game.steps.firstIndex(where: { $0.logName(in: casus) == phase }) else { return false }
        while game.stepIndex != target {
            let before = (game.stepIndex, game.revealedKnelpunten)
            _ = game.apply(target > game.stepIndex ? .advance : .back, now: 0)
            if (game.stepIndex, game.revealedKnelpunten) == before { return false }
        }
        return true
    }
}
