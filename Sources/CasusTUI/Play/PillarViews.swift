import CasusCore

/// One dilemma per pillar: choosing (choices hidden), then the reveal in two
/// steps — the spread alone, so the room talks first, and then the expert view
/// with the points. Options appear in the session's order, numbered as shown.
enum PillarViews {
    static func choose(
        _ game: Game, index: Int, group: Int, cursor: Int, _ s: PlayStrings, _ r: RevealStrings, pass: String = InputStrings.nl.passRow,
        width: Int, compact: Bool = false, meaning: Bool = true
    ) -> Page {
        var page = Page(width: width)
        let dilemma = game.casus.dilemmas[index]
        header(game, dilemma, meaning: meaning, into: &page)
        let locked = game.groups[group].choices[index] != nil
        for (position, option) in game.optionOrder[index].enumerated() {
            // On a projector every option must be on screen at once: no gaps between them.
            if !compact { page.blank() }
            let isCursor = position == cursor && !locked
            let body = { (p: inout Page) in
                // The highlight sits on the number block, not the text: moving between options
                // then redraws a few cells instead of two whole options (casusspel-bench, bytes per key).
                p.text(
                    dilemma.opties[option].tekst, role: .body, prefix: (isCursor ? "▸" : " ") + "\(position + 1). ",
                    prefixRole: isCursor ? .selected : .accent)
            }
            if isCursor { page.focused(body) } else { body(&page) }
        }
        if !compact { page.blank() }
        if locked {
            page.text(game.groups[group].name + ": " + s.chosenHidden, role: .accent)
        } else {
            // `0` selects the pass like a digit selects an option; Enter locks either.
            let isCursor = cursor >= game.optionOrder[index].count
            let row = { (p: inout Page) in
                p.text(pass, role: .muted, prefix: (isCursor ? "▸" : " ") + "0. ", prefixRole: isCursor ? .selected : .accent)
            }
            if isCursor { page.focused(row) } else { row(&page) }
            // The hint bar names `a`, and the header shows who has chosen: a small screen needs neither twice.
            if !compact { page.text(r.ownApproachKey, role: .muted) }
        }
        if !compact { FactorViews.lockStatus(game, group: group, s, into: &page) }
        return page
    }

    /// Reveal items: the options in shown order, then each group's own approach.
    static func revealItems(_ game: Game, index: Int) -> Int {
        game.casus.dilemmas[index].opties.count + ownApproaches(game, index: index).count
    }

    /// The groups (by index) that described an own approach on dilemma `index`.
    static func ownApproaches(_ game: Game, index: Int) -> [(group: Int, text: String)] {
        game.groups.indices.compactMap { group in
            if case .own(let text) = game.groups[group].choices[index] { (group, text) } else { nil }
        }
    }

    static func reveal(_ game: Game, index: Int, cursor: Int, _ s: PlayStrings, _ r: RevealStrings, width: Int) -> Page {
        var page = Page(width: width)
        let dilemma = game.casus.dilemmas[index]
        let expert = game.expertShown.contains(index)
        header(game, dilemma, meaning: true, into: &page)
        page.blank()
        page.text(expert ? r.expertHeading : r.spreadHeading, role: .muted)
        let split = game.split(of: index)
        let barWidth = max(4, min(20, width / 4))
        for (position, option) in game.optionOrder[index].enumerated() {
            page.blank()
            let optie = dilemma.opties[option]
            let best = optie.score == dilemma.besteScore
            let choosers = split[option]
            let body = { (p: inout Page) in
                p.text(optie.tekst, role: position == cursor ? .heading : .body, prefix: "\(position + 1). ", prefixRole: .accent)
                // Bars carry the count in text and length, never in colour alone.
                let filled = game.groups.isEmpty ? 0 : choosers.count * barWidth / game.groups.count
                var bar: [(String, Role)] = [
                    (String(repeating: "█", count: filled), .accent),
                    (String(repeating: "░", count: barWidth - filled), .muted),
                    (" \(choosers.count)", .heading),
                ]
                if !game.config.anonymous && !choosers.isEmpty {
                    bar.append(("  " + PillarReveal.names(choosers, width: width - 3 - barWidth - 6), .body))
                }
                p.segments(bar, indent: 3)
                // No star and no points before the expert view: the spread is for talking, not for grading.
                guard expert else { return }
                var verdict = best ? "✶ " + s.bestOption : ""
                if game.config.showScores { verdict += (verdict.isEmpty ? "" : " · ") + "\(optie.score) pt" }
                if !verdict.isEmpty { p.text(verdict, role: best ? .accent : .muted, indent: 3) }
                p.text(r.expertLabel + optie.expert, role: .body, indent: 3)
            }
            if position == cursor { page.focused(body) } else { body(&page) }
        }
        ownApproachRows(game, index: index, cursor: cursor, expert: expert, r, into: &page)
        let passers = game.groups.filter { $0.choices[index] == .pass }.map(\.name)
        if !passers.isEmpty {
            page.blank()
            let who = game.config.anonymous ? "\(passers.count)" : passers.joined(separator: ", ")
            page.text(s.pass + ": " + who, role: .muted)
        }
        if expert && game.config.showScores {
            page.blank()
            page.text(s.scoringPillarRule, role: .muted)
        }
        ReadingViews.notes(game, s, into: &page)
        return page
    }

    /// Each own approach as the group wrote it; after the expert view, the trainer's points or the prompt for them.
    private static func ownApproachRows(_ game: Game, index: Int, cursor: Int, expert: Bool, _ r: RevealStrings, into page: inout Page) {
        let options = game.casus.dilemmas[index].opties.count
        for (row, own) in ownApproaches(game, index: index).enumerated() {
            page.blank()
            let focused = cursor == options + row
            let who = game.config.anonymous ? r.ownApproach : r.ownApproach + " — " + game.groups[own.group].name
            let body = { (p: inout Page) in
                ownApproach(game, index: index, own, who: who, focused: focused, expert: expert, r, into: &p)
            }
            if focused { page.focused(body) } else { body(&page) }
        }
    }

    /// An own approach whole, as the group wrote it; after the expert view the trainer's points or the prompt for them.
    static func ownApproach(
        _ game: Game, index: Int, _ own: (group: Int, text: String), who: String, focused: Bool, expert: Bool, _ r: RevealStrings,
        into p: inout Page
    ) {
        p.text(who, role: focused ? .heading : .accent, prefix: "◇ ", prefixRole: .accent)
        p.text(own.text, role: .body, indent: 3)
        guard expert else { return }
        if let awarded = game.groups[own.group].ownScores[index] {
            p.text(r.awarded(awarded.score, awarded.reason), role: .accent, indent: 3)
        } else {
            p.text(r.awaitingScore, role: .muted, indent: 3)
        }
    }

    static func header(_ game: Game, _ dilemma: Dilemma, meaning: Bool, into page: inout Page) {
        if meaning, let pijler = game.taxonomy.pijler(dilemma.pijler) {
            page.text(pijler.betekenis, role: .muted)
            page.blank()
        }
        page.text(dilemma.vraag, role: .heading)
    }
}

extension Step {
    /// A dilemma's choosing or its reveal: where `b` shows the pillar's meaning.
    var isPillar: Bool {
        switch self {
        case .pijler, .pijlerOnthulling: true
        default: false
        }
    }
}
