import CasusCore

/// The debrief, walked in its three questions: what happened (scores, choices beside
/// the best option, notes), what we learned (the learning questions, judged by the
/// trainer), and what I do differently on Monday. Where the log is comes first.
enum AfsluitingView {
    static func page(
        _ game: Game, leervragen: [String], status: [Int: LeervraagStatus], logPath: String?, _ s: PlayStrings, _ r: RevealStrings,
        _ d: DebriefStrings, width: Int
    ) -> Page {
        var page = Page(width: width)
        let summary = CaseSummary(game)
        // Where everything was kept comes first: the trainer needs it before the room leaves.
        page.text(logPath.map(s.logWrittenTo) ?? s.noLog, role: .muted)
        page.text(s.nextCase, role: .accent)
        page.blank()
        page.text(d.prompts[0], role: .title)
        if game.skipped {
            page.text(s.caseSkipped, role: .heading)
        } else {
            if game.config.showScores { scores(summary, s, into: &page) }
            page.text(s.choicesHeading, role: .heading)
            for (index, pillar) in summary.pillars.enumerated() {
                // The numbers the room saw: options are shown in the session's order.
                let shown = { (option: Int) in (game.optionOrder[index].firstIndex(of: option) ?? option) + 1 }
                let best = pillar.bestOptions.map { String(shown($0 - 1)) }.sorted()
                var line: [(String, Role)] = [(pillar.name + ": ", .heading), ("✶ " + best.joined(separator: "/") + "  ", .accent)]
                for (group, choice) in zip(summary.groups, pillar.choices) {
                    let label: String
                    switch choice {
                    case .option(let o)?: label = "\(shown(o))" + (pillar.isBest(o) ? "✶" : "")
                    case .own?: label = r.ownApproach
                    case .pass?: label = s.pass
                    case nil: label = "–"
                    }
                    line.append((group + " " + label + "  ", .body))
                }
                page.segments(line)
            }
        }
        if !summary.notes.isEmpty {
            page.blank()
            page.text(s.notesHeading, role: .heading)
            for note in summary.notes {
                let phase = s.stepNames(note.step, nil).split(separator: ":").first.map(String.init) ?? ""
                page.text(
                    note.text.split(separator: "\n").joined(separator: " / "), prefix: "\(note.group) (\(phase)): ", prefixRole: .accent)
            }
        }
        page.blank()
        page.text(d.prompts[1], role: .title)
        page.text(s.leervragenHeading, role: .heading)
        if leervragen.isEmpty { page.text("–", role: .muted) } else { page.text(d.leervragenHint, role: .muted) }
        for (index, vraag) in leervragen.enumerated() {
            page.text(vraag + " — " + d.status(status[index]), prefix: "\(index + 1). ", prefixRole: .accent)
        }
        page.blank()
        page.text(d.prompts[2], role: .title)
        page.text(d.mondayPrompt, role: .muted)
        return page
    }

    private static func scores(_ summary: CaseSummary, _ s: PlayStrings, into page: inout Page) {
        page.text(s.afsluitingHeading, role: .heading)
        let nameWidth = max(DisplayWidth.ofDrawn(s.scoreColumns[0]), summary.groups.map { DisplayWidth.ofDrawn($0) }.max() ?? 0) + 2
        func row(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let w = i == 0 ? nameWidth : 9
                return cell + String(repeating: " ", count: max(1, w - DisplayWidth.ofDrawn(cell)))
            }.joined()
        }
        page.segments([(row(s.scoreColumns), .muted)])
        let best = summary.maxScore
        for (group, score) in summary.scores {
            page.segments([
                (
                    row([
                        group, "\(score.factoren)/\(best.factoren)", "\(score.zichtbaarheid)/\(best.zichtbaarheid)",
                        "\(score.pijlers.reduce(0, +))/\(best.pijlers.reduce(0, +))", "\(score.total)/\(best.total)",
                    ]), .body
                )
            ])
        }
        page.blank()
    }
}
