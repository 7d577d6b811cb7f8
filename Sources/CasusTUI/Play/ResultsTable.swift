import CasusCore

/// The end screen's "what happened" as one table a room can read from the back: a row per
/// group, a column per pillar with the option the group chose (✶ when it was the best), and
/// the points. Eight groups fit on a 60×18 projector screen without scrolling.
enum ResultsTable {
    static func add(_ game: Game, _ summary: CaseSummary, _ t: ResultStrings, width: Int, into page: inout Page) {
        if game.config.anonymous { return anonymous(game, summary, t, into: &page) }
        let wide = width >= 100
        let scores = game.config.showScores
        let scoreWidth = scores ? (wide ? 27 : 9) : 0
        let names = GroupLabels.fitted(summary.groups, each: wide ? 18 : 14)
        let nameWidth = ([t.groupColumn] + names).map { DisplayWidth.ofDrawn($0) }.max()! + 2
        let pillarWidth = max(5, min(16, (width - nameWidth - scoreWidth) / max(1, summary.pillars.count)))
        func row(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let w = i == 0 ? nameWidth : (i <= summary.pillars.count ? pillarWidth : 9)
                let text = TextWrap.truncate(cell, width: w - 1)
                return text + String(repeating: " ", count: max(1, w - DisplayWidth.ofDrawn(text)))
            }.joined()
        }
        var header = [t.groupColumn] + summary.pillars.map(\.name)
        if scores { header += wide ? [t.factorsColumn, t.visibilityColumn, t.totalColumn] : [t.totalColumn] }
        page.text(t.tableHeading, role: .heading)
        page.segments([(row(header), .muted)])
        let best = summary.maxScore
        for (g, name) in names.enumerated() {
            var cells = [name]
            for (index, pillar) in summary.pillars.enumerated() {
                cells.append(cell(pillar.choices[g], pillar, shown: shownNumber(game, index), t))
            }
            if scores {
                let score = summary.scores[g].score
                if wide {
                    cells += ["\(score.factoren)/\(best.factoren)", "\(score.zichtbaarheid)/\(best.zichtbaarheid)"]
                }
                cells.append("\(score.total)/\(best.total)")
            }
            page.segments([(row(cells), .body)])
        }
        page.text(t.legend, role: .muted)
    }

    /// The number the room saw for an option: options are shown in the session's order.
    private static func shownNumber(_ game: Game, _ index: Int) -> (Int) -> Int {
        { option in (game.optionOrder[index].firstIndex(of: option) ?? option) + 1 }
    }

    private static func cell(_ choice: Choice?, _ pillar: PillarSummary, shown: (Int) -> Int, _ t: ResultStrings) -> String {
        switch choice {
        case .option(let o)?: "\(shown(o))" + (pillar.isBest(o) ? "✶" : "")
        case .own?: t.ownCell
        case .pass?: "–"
        case nil: "·"
        }
    }

    /// Counts per option, never which group: what `--anoniem` promises the room.
    private static func anonymous(_ game: Game, _ summary: CaseSummary, _ t: ResultStrings, into page: inout Page) {
        page.text(t.anonymousHeading, role: .heading)
        for (index, pillar) in summary.pillars.enumerated() {
            let shown = shownNumber(game, index)
            var counts: [Int: Int] = [:]
            var passes = 0
            var own = 0
            for choice in pillar.choices {
                switch choice {
                case .option(let o)?: counts[shown(o), default: 0] += 1
                case .pass?: passes += 1
                case .own?: own += 1
                case nil: break
                }
            }
            var parts = counts.keys.sorted().map { number -> String in
                let option = game.optionOrder[index][number - 1]
                return "\(number)" + (pillar.isBest(option) ? "✶" : "") + " ×\(counts[number]!)"
            }
            if passes > 0 { parts.append(t.anonymousPass(passes)) }
            if own > 0 { parts.append(t.anonymousOwn(own)) }
            page.text(parts.joined(separator: " · "), prefix: pillar.name + ": ", prefixRole: .accent)
        }
        page.text(t.legend, role: .muted)
    }
}
