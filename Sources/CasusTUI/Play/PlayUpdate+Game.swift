import CasusCore

/// Keys during a case. Common keys first (quit, notes, timer, groups, back),
/// then what each step does with arrows, digits, Space and Enter.
extension PlayUpdate {
    mutating func handleGame(_ key: Key) {
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
        case .character("t"): perform(.game(.toggleTimer))
        case .character("R"):
            if let file = model.session?.plays.last?.file { effects.append(.reloadCase(file: file)) }
        case .character("+"), .character("="): perform(.game(.addMinutes(1)))
        case .character("-"): perform(.game(.addMinutes(-1)))
        case .tab: perform(.turn(group: (group + 1) % groupCount))
        case .backTab: perform(.turn(group: (group + groupCount - 1) % groupCount))
        case .backspace: perform(.game(.back))
        default: stepKey(key, game)
        }
    }

    /// The person cards or the iceberg: scroll, or back to the step exactly where it was.
    private mutating func sidePageKey(_ key: Key) {
        switch key {
        case .up, .character("k"): model.sideScroll = max(0, model.sideScroll - 1)
        case .down, .character("j"): model.sideScroll += 1
        case .pageUp: model.sideScroll = max(0, model.sideScroll - 10)
        case .pageDown, .character(" "): model.sideScroll += 10
        case .character("p"), .character("i"), .character("T"), .escape, .enter, .backspace: model.sidePage = nil
        default: break
        }
    }

    private mutating func stepKey(_ key: Key, _ game: Game) {
        switch game.step {
        case .inhoudswaarschuwing:
            if key == .character("s") {
                perform(.game(.skipCase))
                model.screen = .library
                model.browser.apply(.down)
            } else if key == .enter {
                perform(.game(.advance))
            }
        case .verhaal, .reflectie:
            scrollOrAdvance(key)
        case .knelpunten:
            if key == .character(" ") || key == .right {
                perform(.game(.revealNextKnelpunt))
            } else {
                scrollOrAdvance(key)
            }
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
            if case .character(let c) = key, let number = c.wholeNumberValue, number >= 1 {
                perform(.judgeLeervraag(index: number - 1))
            } else if key == .character("r") {
                if let path = model.logPath { effects.append(.writeReports(logPath: path)) }
            } else if key == .enter {
                model.screen = .library
                model.browser.apply(.down)
            } else {
                scrollOrAdvance(key)
            }
        }
    }

    private mutating func scrollOrAdvance(_ key: Key) {
        switch key {
        case .up, .character("k"): model.scroll = max(0, model.scroll - 1)
        case .down, .character("j"): model.scroll += 1
        case .pageUp: model.scroll = max(0, model.scroll - 10)
        case .pageDown, .character(" "): model.scroll += 10
        case .enter: perform(.game(.advance))
        default: break
        }
    }

    private mutating func moveOrAdvance(_ key: Key, items: Int) {
        switch key {
        case .up, .character("k"): model.cursor = max(0, model.cursor - 1)
        case .down, .character("j"): model.cursor = min(max(0, items - 1), model.cursor + 1)
        case .character(let c) where c.wholeNumberValue.map({ (1...items).contains($0) }) == true:
            model.cursor = c.wholeNumberValue! - 1
        case .enter: perform(.game(.advance))
        default: break
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
        case .character(" "): perform(.game(.toggleFactor(group: group, FactorViews.mark(for: model.cursor, in: game.taxonomy))))
        case .enter: lockOrPassTurn(.lockFactors(group: group), game)
        default: break
        }
    }

    private mutating func visibilityKey(_ key: Key, _ game: Game) {
        let group = model.activeGroup
        let marks = game.groups[group].marks.sorted()
        switch key {
        case .up, .character("k"): model.cursor = max(0, model.cursor - 1)
        case .down, .character("j"): model.cursor = min(max(0, marks.count - 1), model.cursor + 1)
        case .left, .character("z"), .character("v"), .right, .character("o"), .character("i"), .character(" "):
            guard marks.indices.contains(model.cursor) else { return }
            let mark = marks[model.cursor]
            let value: Zichtbaarheid
            switch key {
            case .left, .character("z"), .character("v"): value = .zichtbaar
            case .right, .character("o"), .character("i"): value = .onzichtbaar
            default: value = game.groups[group].calls[mark] == .zichtbaar ? .onzichtbaar : .zichtbaar
            }
            perform(.game(.setVisibility(group: group, mark, value)))
            // Move on to the next uncalled factor, so a group can answer with one key each.
            if let next = model.game?.groups[group].uncalledMarks.first, let row = marks.firstIndex(of: next) {
                model.cursor = row
            }
        case .enter: lockOrPassTurn(.lockVisibility(group: group), game)
        default: break
        }
    }

    private mutating func pillarKey(_ key: Key, _ game: Game, index: Int) {
        let group = model.activeGroup
        let options = game.casus.dilemmas[index].opties.count
        switch key {
        case .up, .character("k"): model.cursor = max(0, model.cursor - 1)
        case .down, .character("j"): model.cursor = min(options - 1, model.cursor + 1)
        case .character(let c) where c.wholeNumberValue.map({ (1...options).contains($0) }) == true:
            model.cursor = c.wholeNumberValue! - 1
        case .character("0"):
            if !game.hasLocked(group) { perform(.game(.choose(group: group, .pass))) }
        case .character("a"):
            if !game.hasLocked(group) { model.overlay = .editor(TextEditor(), .ownApproach(group: group)) }
        case .enter:
            // The cursor is the position on screen; the game takes the case's own option.
            let option = game.optionOrder[index][min(model.cursor, options - 1)]
            lockOrPassTurn(.choose(group: group, .option(option)), game)
        default: break
        }
    }

    /// The reveal: move between options and own approaches; after the expert view, 0–3 on an own approach weighs it.
    private mutating func revealKey(_ key: Key, _ game: Game, index: Int) {
        let options = game.casus.dilemmas[index].opties.count
        let own = PillarViews.ownApproaches(game, index: index)
        let row = model.cursor - options
        if game.expertShown.contains(index), own.indices.contains(row), case .character(let c) = key,
            let score = c.wholeNumberValue, OwnApproachScore.range.contains(score)
        {
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
            perform(.game(lock))
        } else if game.allLocked {
            perform(.game(.advance))
        } else if let next = game.nextOpenGroup(after: group) {
            perform(.turn(group: next))
        }
    }
}
