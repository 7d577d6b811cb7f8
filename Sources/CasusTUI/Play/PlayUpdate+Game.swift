import CasusCore

/// Keys during a case. Common keys first (quit, notes, timer, groups, back),
/// then what each step does with arrows, digits, Space and Enter. A key that
/// does nothing says why in the hint line.
extension PlayUpdate {
    mutating func handleGame(_ key: Key, confirming: Bool = false) {
        guard let game = model.game else { return }
        if model.sidePage != nil { return sidePageKey(key) }
        let groupCount = game.groups.count
        let group = model.activeGroup
        switch key {
        case .character("q"): model.overlay = .quit
        case .character("n") where game.step != .inhoudswaarschuwing && game.step != .afsluiting:
            model.overlay = .editor(TextEditor(), .note(group: group))
        case .character("p") where game.step != .inhoudswaarschuwing:
            model.sidePage = .people
            model.sideScroll = 0
        case .character("T"):
            model.sidePage = .trainer
            model.sideScroll = 0
        case .character("i") where game.step == .reflectie:
            model.sidePage = .iceberg
            model.sideScroll = 0
            perform(.showIceberg)
        case .character("b") where game.step.isPillar:
            model.showsPillarMeaning.toggle()
        case .character("t"): checked(.toggleTimer, game)
        case .character("R"):
            if let file = model.session?.plays.last?.file { effects.append(.reloadCase(file: file)) }
        case .character("+"), .character("="): checked(.addMinutes(1), game)
        case .character("-"): checked(.addMinutes(-1), game)
        case .tab, .backTab:
            guard groupCount > 1 else { return refuse(env.strings.input.oneGroup) }
            perform(.turn(group: (group + (key == .tab ? 1 : groupCount - 1)) % groupCount))
        case .character("w"):
            if checked(.reopen(group: group), game) {
                model.cursor = 0
                inform(env.strings.input.reopened(game.groups[group].name))
            }
        case .backspace:
            if case .pijler = game.step, let before = model.cursorBeforePass, !game.hasLocked(group) {
                // Backspace takes back a pass that Enter has not locked yet.
                model.cursor = before
                model.cursorBeforePass = nil
            } else {
                checked(.back, game)
            }
        default: stepKey(key, game, confirming: confirming)
        }
    }

    /// Performs a game action, or says in the hint line why it would do nothing.
    @discardableResult
    mutating func checked(_ action: GameAction, _ game: Game) -> Bool {
        if let refusal = game.refusal(of: action) {
            refuse(env.strings.input.refusal(refusal))
            return false
        }
        perform(.game(action))
        return true
    }

    /// The person cards or the iceberg: scroll, or back to the step exactly where it was.
    private mutating func sidePageKey(_ key: Key) {
        switch key {
        case .up, .character("k"): model.sideScroll = max(0, model.sideScroll - 1)
        case .down, .character("j"): model.sideScroll += 1
        case .pageUp: model.sideScroll = max(0, model.sideScroll - 10)
        case .pageDown, .character(" "): model.sideScroll += 10
        case .character("p"), .character("i"), .character("T"), .escape, .enter, .backspace: model.sidePage = nil
        default: refuseUnknown(key)
        }
    }

    private mutating func stepKey(_ key: Key, _ game: Game, confirming: Bool) {
        switch game.step {
        case .inhoudswaarschuwing:
            if key == .character("s") {
                perform(.game(.skipCase))
                model.screen = .library
                model.browser.apply(.down)
            } else if key == .enter {
                perform(.game(.advance))
            } else {
                refuseUnknown(key)
            }
        case .verhaal, .reflectie:
            scrollOrAdvance(key)
        case .knelpunten:
            knelpuntKey(key, game, confirming: confirming)
        case .factoren:
            factorKey(key, game)
        case .zichtbaarheid:
            visibilityKey(key, game)
        case .pijler(let index):
            pillarKey(key, game, index: index)
        case .zichtbaarheidOnthulling:
            moveOrAdvance(key, items: FactorViews.revealItems(game))
        case .pijlerOnthulling(let index):
            revealKey(key, game, index: index)
        case .afsluiting:
            if case .character(let c) = key, let number = c.wholeNumberValue {
                guard (1...max(1, model.config?.leervragen.count ?? 0)).contains(number), model.config?.leervragen.isEmpty == false else {
                    return refuse(env.strings.input.noLeervraag(number))
                }
                perform(.judgeLeervraag(index: number - 1))
            } else if key == .character("r") {
                guard let path = model.logPath else { return refuse(env.strings.input.noLogForReport) }
                effects.append(.writeReports(logPath: path))
            } else if key == .enter {
                model.screen = .library
                model.browser.apply(.down)
            } else {
                scrollOrAdvance(key)
            }
        }
    }

    /// Space reveals the next knelpunt. Enter goes on once all are shown; with some still hidden
    /// the first Enter says how many, and only a second Enter right after it goes on.
    private mutating func knelpuntKey(_ key: Key, _ game: Game, confirming: Bool) {
        let hidden = game.casus.knelpunten.count - game.revealedKnelpunten
        switch key {
        case .character(" "), .right: checked(.revealNextKnelpunt, game)
        case .enter where hidden > 0 && !confirming:
            model.confirmLeaving = true
            refuse(env.strings.input.knelpuntenConfirm(hidden))
        default: scrollOrAdvance(key)
        }
    }

    private mutating func scrollOrAdvance(_ key: Key) {
        switch key {
        case .up, .character("k"): model.scroll = max(0, model.scroll - 1)
        case .down, .character("j"): model.scroll += 1
        case .pageUp: model.scroll = max(0, model.scroll - 10)
        case .pageDown, .character(" "): model.scroll += 10
        case .home: model.scroll = 0
        case .enter: perform(.game(.advance))
        default: refuseUnknown(key)
        }
    }

    /// A reveal: ↑↓ and the digits move between its items (the page follows), PageUp/PageDown
    /// scroll on from there to what lies beyond (passes, notes, the scoring rule).
    private mutating func moveOrAdvance(_ key: Key, items: Int) {
        switch key {
        case .up, .character("k"):
            model.cursor = max(0, model.cursor - 1)
            model.scroll = 0
        case .down, .character("j"):
            model.cursor = min(max(0, items - 1), model.cursor + 1)
            model.scroll = 0
        case .pageUp: model.scroll = max(0, model.scroll - 10)
        case .pageDown, .character(" "): model.scroll += 10
        case .character(let c) where c.wholeNumberValue != nil:
            let number = c.wholeNumberValue!
            guard (1...max(1, items)).contains(number), items > 0 else { return refuse(env.strings.input.noOption(number)) }
            model.cursor = number - 1
            model.scroll = 0
        case .enter: perform(.game(.advance))
        default: refuseUnknown(key)
        }
    }

    private mutating func factorKey(_ key: Key, _ game: Game) {
        let cells = game.taxonomy.factoren.count * 2
        let group = model.activeGroup
        switch key {
        case .up, .character("k"): model.cursor = max(model.cursor % 2, model.cursor - 2)
        case .down, .character("j"): model.cursor = min(cells - 2 + model.cursor % 2, model.cursor + 2)
        case .left, .character("h"): model.cursor -= model.cursor % 2
        case .right, .character("l"): model.cursor += 1 - model.cursor % 2
        case .character(" "): checked(.toggleFactor(group: group, FactorViews.mark(for: model.cursor, in: game.taxonomy)), game)
        case .enter: lockOrPassTurn(.lockFactors(group: group), game)
        default: refuseUnknown(key)
        }
    }

    private mutating func visibilityKey(_ key: Key, _ game: Game) {
        let group = model.activeGroup
        let marks = game.groups[group].marks.sorted()
        switch key {
        case .up, .character("k"): model.cursor = max(0, model.cursor - 1)
        case .down, .character("j"): model.cursor = min(max(0, marks.count - 1), model.cursor + 1)
        case .left, .character("z"), .character("v"), .right, .character("o"), .character("i"), .character(" "):
            guard marks.indices.contains(model.cursor) else { return refuse(env.strings.input.refusal(.notHere)) }
            let mark = marks[model.cursor]
            let value: Zichtbaarheid
            switch key {
            case .left, .character("z"), .character("v"): value = .zichtbaar
            case .right, .character("o"), .character("i"): value = .onzichtbaar
            default: value = game.groups[group].calls[mark] == .zichtbaar ? .onzichtbaar : .zichtbaar
            }
            guard checked(.setVisibility(group: group, mark, value), game) else { return }
            // Move on to the next uncalled factor, so a group can answer with one key each.
            if let next = model.game?.groups[group].uncalledMarks.first, let row = marks.firstIndex(of: next) {
                model.cursor = row
            }
        case .enter: lockOrPassTurn(.lockVisibility(group: group), game)
        default: refuseUnknown(key)
        }
    }

    /// Choosing on a dilemma: 1–n and ↑↓ select an option, `0` selects a pass (the row under
    /// the options), and only Enter locks; until then a digit or Backspace changes the selection.
    private mutating func pillarKey(_ key: Key, _ game: Game, index: Int) {
        let group = model.activeGroup
        let options = game.casus.dilemmas[index].opties.count
        let locked = game.hasLocked(group)
        let refusal = env.strings.input.refusal(.locked(group: game.groups[group].name))
        switch key {
        case .up, .character("k"), .down, .character("j"),
            .character(_) where key.isDigit:
            if locked { return refuse(refusal) }
            switch key {
            case .up, .character("k"): select(max(0, model.cursor - 1), options: options)
            case .down, .character("j"): select(min(options, model.cursor + 1), options: options)
            case .character("0"): select(options, options: options)
            case .character(let c):
                let number = c.wholeNumberValue!
                guard number <= options else { return refuse(env.strings.input.noOption(number)) }
                select(number - 1, options: options)
            default: break
            }
        case .character("a"):
            if locked { return refuse(refusal) }
            model.overlay = .editor(TextEditor(), .ownApproach(group: group))
        case .enter:
            model.cursorBeforePass = nil
            // The cursor is the position on screen; the game takes the case's own option.
            let choice: Choice = model.cursor >= options ? .pass : .option(game.optionOrder[index][model.cursor])
            lockOrPassTurn(.choose(group: group, choice), game)
        default: refuseUnknown(key)
        }
    }

    /// Moves the selection; the row after the options is the pass.
    private mutating func select(_ row: Int, options: Int) {
        if row == options && model.cursor != options { model.cursorBeforePass = model.cursor }
        if row != options { model.cursorBeforePass = nil }
        model.cursor = row
    }

    /// The reveal: move between options and own approaches; after the expert view, 0–3 on an own approach weighs it.
    private mutating func revealKey(_ key: Key, _ game: Game, index: Int) {
        let options = game.casus.dilemmas[index].opties.count
        let own = PillarViews.ownApproaches(game, index: index)
        let row = model.cursor - options
        if own.indices.contains(row), case .character(let c) = key, let score = c.wholeNumberValue, OwnApproachScore.range.contains(score) {
            let action = GameAction.scoreOwnApproach(group: own[row].group, score: score, reason: "")
            if let refusal = game.refusal(of: action) { return refuse(env.strings.input.refusal(refusal)) }
            model.overlay = .editor(TextEditor(singleLine: true), .ownScore(group: own[row].group, score: score))
            return
        }
        moveOrAdvance(key, items: options + own.count)
    }

    /// Enter: locks the group's answer (the session then hands the keyboard on); on a
    /// group that already locked, on to the next step when all did, else to the next group still to answer.
    private mutating func lockOrPassTurn(_ lock: GameAction, _ game: Game) {
        let group = model.activeGroup
        if !game.hasLocked(group) {
            checked(lock, game)
        } else if game.allLocked {
            perform(.game(.advance))
        } else if let next = game.nextOpenGroup(after: group) {
            perform(.turn(group: next))
        }
    }
}

extension Key {
    var isDigit: Bool {
        if case .character(let c) = self { c.wholeNumberValue != nil && c.isASCII } else { false }
    }
}
