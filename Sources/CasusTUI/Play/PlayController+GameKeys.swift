import CasusCore

/// Keys during a case. Common keys first (quit, notes, timer, groups, back),
/// then what each step does with arrows, digits, Space and Enter.
extension PlayController {
    func handleGame(_ key: Key) {
        guard let game = model.game else { return }
        let groupCount = game.groups.count
        switch key {
        case .character("q"):
            model.overlay = .quit
            return
        case .character("n") where game.step != .inhoudswaarschuwing && game.step != .afsluiting:
            model.overlay = .editor(TextEditor(), .note(group: model.activeGroup))
            return
        case .character("t"):
            apply(.toggleTimer)
            return
        case .character("R"):
            reloadCase()
            return
        case .character("+"), .character("="):
            apply(.addMinutes(1))
            return
        case .character("-"):
            apply(.addMinutes(-1))
            return
        case .tab:
            switchGroup(to: (model.activeGroup + 1) % groupCount)
            return
        case .backTab:
            switchGroup(to: (model.activeGroup + groupCount - 1) % groupCount)
            return
        case .backspace:
            apply(.back)
            return
        default: break
        }

        switch game.step {
        case .inhoudswaarschuwing:
            if key == .character("s") {
                apply(.skipCase)
                model.screen = .library
                model.browser.apply(.down)
            } else if key == .enter {
                apply(.advance)
            }
        case .verhaal, .reflectie:
            scrollOrAdvance(key)
        case .knelpunten:
            if key == .character(" ") || key == .right {
                apply(.revealNextKnelpunt)
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
            moveOrAdvance(key, items: game.casus.dilemmas[index].opties.count)
        case .afsluiting:
            if key == .character("r") {
                writeReport()
            } else if key == .enter {
                model.screen = .library
                model.browser.apply(.down)
            } else {
                scrollOrAdvance(key)
            }
        }
    }

    /// Logged, so a resumed session hands the keyboard to the same group.
    private func switchGroup(to group: Int) {
        guard group != model.activeGroup, let game = model.game else { return }
        model.activeGroup = group
        model.cursor = 0
        write(SessionEvent("beurt", caseID: game.casus.id, phase: game.step.logName(in: game.casus), group: game.groups[group].name))
    }

    private func scrollOrAdvance(_ key: Key) {
        switch key {
        case .up, .character("k"): model.scroll = max(0, model.scroll - 1)
        case .down, .character("j"): model.scroll += 1
        case .pageUp: model.scroll = max(0, model.scroll - 10)
        case .pageDown, .character(" "): model.scroll += 10
        case .enter: apply(.advance)
        default: break
        }
    }

    private func moveOrAdvance(_ key: Key, items: Int) {
        switch key {
        case .up, .character("k"): model.cursor = max(0, model.cursor - 1)
        case .down, .character("j"): model.cursor = min(max(0, items - 1), model.cursor + 1)
        case .character(let c) where c.wholeNumberValue.map({ (1...items).contains($0) }) == true:
            model.cursor = c.wholeNumberValue! - 1
        case .enter: apply(.advance)
        default: break
        }
    }

    private func factorKey(_ key: Key, _ game: Game) {
        let cells = game.taxonomy.factoren.count * 2
        let group = model.activeGroup
        switch key {
        case .up, .character("k"): model.cursor = max(model.cursor % 2, model.cursor - 2)
        case .down, .character("j"): model.cursor = min(cells - 2 + model.cursor % 2, model.cursor + 2)
        case .left, .character("h"): model.cursor -= model.cursor % 2
        case .right, .character("l"): model.cursor += 1 - model.cursor % 2
        case .character(" "): apply(.toggleFactor(group: group, FactorViews.mark(for: model.cursor, in: game.taxonomy)))
        case .enter: lockAndPassTurn(game.hasLocked(group) ? nil : .lockFactors(group: group))
        default: break
        }
    }

    private func visibilityKey(_ key: Key, _ game: Game) {
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
            apply(.setVisibility(group: group, mark, value))
            // Move on to the next uncalled factor, so a group can answer with one key each.
            if let next = model.game?.groups[group].uncalledMarks.first, let row = marks.firstIndex(of: next) {
                model.cursor = row
            }
        case .enter: lockAndPassTurn(game.hasLocked(group) ? nil : .lockVisibility(group: group))
        default: break
        }
    }

    private func pillarKey(_ key: Key, _ game: Game, index: Int) {
        let group = model.activeGroup
        let options = game.casus.dilemmas[index].opties.count
        switch key {
        case .up, .character("k"): model.cursor = max(0, model.cursor - 1)
        case .down, .character("j"): model.cursor = min(options - 1, model.cursor + 1)
        case .character(let c) where c.wholeNumberValue.map({ (1...options).contains($0) }) == true:
            model.cursor = c.wholeNumberValue! - 1
        case .character("0"):
            guard !game.hasLocked(group) else { return }
            lockAndPassTurn(.choose(group: group, .pass))
        case .enter:
            guard !game.hasLocked(group) else { return }
            lockAndPassTurn(.choose(group: group, .option(model.cursor)))
        default: break
        }
    }

    /// Locks the active group's answer and hands the keyboard to the next group still to answer.
    private func lockAndPassTurn(_ action: GameAction?) {
        guard let before = model.game?.step else { return }
        if let action {
            apply(action)
        } else if model.game?.allLocked == true {
            apply(.advance)
            return
        }
        guard let game = model.game, game.step == before, let next = game.nextOpenGroup(after: model.activeGroup) else { return }
        model.activeGroup = next
        model.cursor = 0
    }
}
