import CasusCore

/// One dilemma per pillar: choosing (choices hidden) and the reveal (the split).
enum PillarViews {
    static func choose(_ game: Game, index: Int, group: Int, cursor: Int, _ s: PlayStrings, width: Int) -> Page {
        var page = Page(width: width)
        let dilemma = game.casus.dilemmas[index]
        header(game, dilemma, into: &page)
        let locked = game.groups[group].choices[index] != nil
        for (number, option) in dilemma.opties.enumerated() {
            page.blank()
            let isCursor = number == cursor && !locked
            let body = { (p: inout Page) in
                // The highlight sits on the number block, not the text: moving between options
                // then redraws a few cells instead of two whole options (casusspel-bench, bytes per key).
                p.text(
                    option.tekst, role: .body, prefix: (isCursor ? "▸" : " ") + "\(number + 1). ",
                    prefixRole: isCursor ? .selected : .accent)
            }
            if isCursor { page.focused(body) } else { body(&page) }
        }
        page.blank()
        if locked {
            page.text(game.groups[group].name + ": " + s.chosenHidden, role: .accent)
        } else {
            page.text(s.passHint, role: .muted)
        }
        FactorViews.lockStatus(game, group: group, s, into: &page)
        return page
    }

    static func reveal(_ game: Game, index: Int, cursor: Int, _ s: PlayStrings, width: Int) -> Page {
        var page = Page(width: width)
        let dilemma = game.casus.dilemmas[index]
        header(game, dilemma, into: &page)
        let split = game.split(of: index)
        let barWidth = max(4, min(20, width / 4))
        for (number, option) in dilemma.opties.enumerated() {
            page.blank()
            let best = option.score == dilemma.besteScore
            let choosers = split[number]
            let body = { (p: inout Page) in
                p.text(option.tekst, role: number == cursor ? .heading : .body, prefix: "\(number + 1). ", prefixRole: .accent)
                // Bars carry the count in text and length, never in colour alone.
                let filled = game.groups.isEmpty ? 0 : choosers.count * barWidth / game.groups.count
                var bar: [(String, Role)] = [
                    (String(repeating: "█", count: filled), .accent),
                    (String(repeating: "░", count: barWidth - filled), .muted),
                    (" \(choosers.count)", .heading),
                ]
                if !game.config.anonymous && !choosers.isEmpty { bar.append(("  " + choosers.joined(separator: ", "), .body)) }
                p.segments(bar, indent: 3)
                var verdict = best ? "★ " + s.bestOption : ""
                if game.config.showScores { verdict += (verdict.isEmpty ? "" : " · ") + "\(option.score) pt" }
                if !verdict.isEmpty { p.text(verdict, role: best ? .accent : .muted, indent: 3) }
                p.text(option.expert, role: .body, indent: 3)
            }
            if number == cursor { page.focused(body) } else { body(&page) }
        }
        let passers = game.groups.filter { $0.choices[index] == .pass }.map(\.name)
        if !passers.isEmpty {
            page.blank()
            let who = game.config.anonymous ? "\(passers.count)" : passers.joined(separator: ", ")
            page.text(s.pass + ": " + who, role: .muted)
        }
        if game.config.showScores {
            page.blank()
            page.text(s.scoringPillarRule, role: .muted)
        }
        ReadingViews.notes(game, s, into: &page)
        return page
    }

    private static func header(_ game: Game, _ dilemma: Dilemma, into page: inout Page) {
        if let pijler = game.taxonomy.pijler(dilemma.pijler) {
            page.text(pijler.betekenis, role: .muted)
        }
        page.blank()
        page.text(dilemma.vraag, role: .heading)
    }
}
