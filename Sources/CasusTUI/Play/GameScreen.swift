import CasusCore

/// Renders whatever the model shows: library, setup, or the current step of
/// the case, with any overlay on top. A pure function of model and time.
public enum GameScreen {
    public static func render(_ model: PlayModel, library: CaseLibrary, strings: Strings, now: Double, into buffer: inout CellBuffer) {
        switch model.screen {
        case .library:
            LibraryView.render(library: library, browser: model.browser, strings: strings, hints: strings.play.hintLibrary, into: &buffer)
        case .setup:
            let casus = library.cases.indices.contains(model.browser.selected) ? library.cases[model.browser.selected].casus : nil
            SetupView.render(model, casus: casus, strings: strings, into: &buffer)
        case .game:
            if let game = model.game { renderGame(game, model: model, strings: strings, now: now, into: &buffer) }
        }
        if let overlay = model.overlay { Overlays.render(overlay, model: model, strings: strings, into: &buffer) }
    }

    static func renderGame(_ game: Game, model: PlayModel, strings: Strings, now: Double, into buffer: inout CellBuffer) {
        let s = strings.play
        let step = game.step
        let pillarName: String? = {
            switch step {
            case .pijler(let i), .pijlerOnthulling(let i): game.taxonomy.pijler(game.casus.dilemmas[i].pijler)?.naam
            default: nil
            }
        }()
        let choosing = [Step.factoren, .zichtbaarheid].contains(step) || { if case .pijler = step { true } else { false } }()
        let header = GameFrame.Header(
            title: game.casus.titel,
            phase: s.stepNames(step, pillarName),
            timer: step.minutes(in: game.casus) == nil ? nil : GameFrame.timerText(game.timer, now: now, strings: s),
            timerAlert: game.timer.expired,
            groups: game.groups.indices.map { (game.groups[$0].name, choosing && game.hasLocked($0)) },
            activeGroup: model.config.map { $0.groups.count > 1 } == true ? model.activeGroup : nil)
        let content = GameFrame.draw(header, hints: hints(step, s), strings: s, into: &buffer)
        let width = buffer.width - 4
        let page = page(for: game, model: model, strings: s, width: width)
        page.draw(into: &buffer, x: 2, rows: content, scroll: model.scroll)
    }

    static func page(for game: Game, model: PlayModel, strings s: PlayStrings, width: Int) -> Page {
        let group = model.activeGroup
        switch game.step {
        case .inhoudswaarschuwing: return ReadingViews.contentNote(game, s, width: width)
        case .verhaal: return ReadingViews.story(game, width: width)
        case .knelpunten: return ReadingViews.knelpunten(game, s, width: width)
        case .factoren: return FactorViews.factoren(game, group: group, cursor: model.cursor, s, width: width)
        case .zichtbaarheid: return FactorViews.zichtbaarheid(game, group: group, cursor: model.cursor, s, width: width)
        case .zichtbaarheidOnthulling: return FactorViews.reveal(game, cursor: model.cursor, s, width: width)
        case .pijler(let i): return PillarViews.choose(game, index: i, group: group, cursor: model.cursor, s, width: width)
        case .pijlerOnthulling(let i): return PillarViews.reveal(game, index: i, cursor: model.cursor, s, width: width)
        case .reflectie: return ReadingViews.reflectie(game, s, width: width)
        case .afsluiting:
            return AfsluitingView.page(game, leervragen: model.config?.leervragen ?? [], logPath: model.logPath, s, width: width)
        }
    }

    static func hints(_ step: Step, _ s: PlayStrings) -> String {
        switch step {
        case .inhoudswaarschuwing: s.hintContentNote
        case .verhaal, .reflectie: s.hintRead
        case .knelpunten: s.hintKnelpunten
        case .factoren: s.hintFactoren
        case .zichtbaarheid: s.hintZichtbaarheid
        case .pijler: s.hintPijler
        case .zichtbaarheidOnthulling, .pijlerOnthulling: s.hintReveal
        case .afsluiting: s.hintAfsluiting
        }
    }
}
