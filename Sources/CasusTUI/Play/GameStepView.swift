import CasusCore

/// One step of a case: the game frame around the step's page, scrolled to its cursor.
struct GameStepView: View {
    var game: Game
    /// The group at the keyboard: whose marks and choices the step shows.
    var group: Int
    /// Whether the header marks whose turn it is (only with more than one group).
    var showsTurn: Bool
    /// Meaning depends on the step: factor cell, mark row, option, or reveal item.
    var cursor: Int
    var scroll: Int
    var leervragen: [String]
    var leervraagStatus: [Int: LeervraagStatus] = [:]
    var logPath: String?
    /// The person cards or the own iceberg instead of the step, with their own scroll.
    var sidePage: PlayModel.SidePage?
    var showsPillarMeaning = false
    var strings: Strings
    var now: Double

    func render(area: Rect, buffer: inout CellBuffer) {
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
            phase: sidePageHeading ?? s.stepNames(step, pillarName),
            timer: step.minutes(in: game.casus, short: game.config.short) == nil
                ? nil : GameFrame.timerText(game.timer, now: now, strings: s),
            timerAlert: game.timer.expired,
            groups: game.groups.indices.map { (game.groups[$0].name, choosing && game.hasLocked($0)) },
            activeGroup: showsTurn ? group : nil)
        let content = GameFrame(header: header, hints: sidePageHint ?? Self.hints(game, strings), strings: s).render(
            area: area, buffer: &buffer)
        let pageArea = content.inset(left: 2, right: 1)
        // In a reveal the cursor places the page and PageDown scrolls on from there.
        let reveal: Bool =
            switch step {
            case .zichtbaarheidOnthulling, .pijlerOnthulling: sidePage == nil
            default: false
            }
        page(width: pageArea.width - 1, rows: pageArea.height).draw(in: pageArea, scroll: scroll, fromFocus: reveal, into: &buffer)
    }

    /// The step's content, built by the pure page builders of each kind of step.
    /// Below this many rows (a projector's 60×18) the pillar screens leave out what the room can
    /// open with a key, so every option fits at once.
    static let compactRows = 16

    func page(width: Int, rows: Int = .max) -> Page {
        let compact = rows < Self.compactRows
        let meaning = showsPillarMeaning || !compact
        let s = strings.play
        let r = strings.reveal
        switch sidePage {
        case .people: return ReadingViews.people(game, strings.cards, width: width)
        case .iceberg: return ReadingViews.iceberg(strings.debrief, width: width)
        case .trainer: return ReadingViews.trainer(game, strings.cards, width: width)
        case nil: break
        }
        switch game.step {
        case .inhoudswaarschuwing: return ReadingViews.contentNote(game, s, width: width)
        case .verhaal: return ReadingViews.story(game, strings.cards, width: width)
        case .knelpunten: return ReadingViews.knelpunten(game, s, width: width)
        case .factoren:
            // All twelve factors need more rows than a projector has; two columns hold them.
            return compact && game.taxonomy.factoren.count > rows - 5
                ? FactorGrid.page(game, group: group, cursor: cursor, s, strings.factors, width: width)
                : FactorViews.factoren(game, group: group, cursor: cursor, s, strings.factors, width: width)
        case .zichtbaarheid: return FactorViews.zichtbaarheid(game, group: group, cursor: cursor, s, strings.factors, width: width)
        case .zichtbaarheidOnthulling: return FactorViews.reveal(game, cursor: cursor, s, strings.factors, width: width)
        case .pijler(let i):
            return PillarViews.choose(
                game, index: i, group: group, cursor: cursor, s, r, pass: strings.input.passRow, width: width, compact: compact,
                meaning: meaning)
        case .pijlerOnthulling(let i):
            return compact
                ? PillarReveal.compact(game, index: i, cursor: cursor, s, r, width: width, meaning: meaning)
                : PillarViews.reveal(game, index: i, cursor: cursor, s, r, width: width)
        case .reflectie: return ReadingViews.reflectie(game, s, width: width)
        case .afsluiting:
            return AfsluitingView.page(
                game, leervragen: leervragen, status: leervraagStatus, logPath: logPath, s, r, strings.debrief, strings.results, width: width)
        }
    }

    private var sidePageHeading: String? {
        switch sidePage {
        case .people: strings.cards.heading
        case .iceberg: strings.debrief.icebergHeading
        case .trainer: strings.cards.trainerHeading
        case nil: nil
        }
    }

    private var sidePageHint: String? {
        switch sidePage {
        case .people: strings.cards.hint
        case .iceberg: strings.debrief.icebergHint
        case .trainer: strings.cards.trainerHint
        case nil: nil
        }
    }

    static func hints(_ game: Game, _ strings: Strings) -> String {
        // The step's keys; a refused key's reason is drawn over them (HintNoticeView).
        let s = strings.play
        return switch game.step {
        case .inhoudswaarschuwing: s.hintContentNote
        case .verhaal, .reflectie: s.hintRead
        case .knelpunten:
            game.revealedKnelpunten < game.casus.knelpunten.count
                ? strings.input.hintKnelpuntenHidden(game.casus.knelpunten.count - game.revealedKnelpunten)
                : strings.input.hintKnelpuntenDone
        case .factoren: s.hintFactoren
        case .zichtbaarheid: s.hintZichtbaarheid
        case .pijler: strings.reveal.hintPijler
        case .pijlerOnthulling(let i): game.expertShown.contains(i) ? strings.reveal.hintExpert : strings.reveal.hintSpread
        case .zichtbaarheidOnthulling: s.hintReveal
        case .afsluiting: s.hintAfsluiting
        }
    }
}
