import CasusCore

/// The debrief: scores per group and phase, choices beside the best option,
/// the learning questions back on screen, and where the log is.
enum AfsluitingView {
    static func page(_ game: Game, leervragen: [String], logPath: String?, _ s: PlayStrings, width: Int) -> Page {
        var page = Page(width: width)
        // Where everything was kept comes first: the trainer needs it before the room leaves.
        page.text(logPath.map(s.logWrittenTo) ?? s.noLog, role: .muted)
        page.text(s.nextCase, role: .accent)
        page.blank()
        if game.skipped {
            page.text(s.caseSkipped, role: .heading)
        } else {
            if game.config.showScores { scores(game, s, into: &page) }
            page.text(s.choicesHeading, role: .heading)
            for (index, dilemma) in game.casus.dilemmas.enumerated() {
                let name = game.taxonomy.pijler(dilemma.pijler)?.naam ?? dilemma.pijler
                let best = dilemma.opties.indices.filter { dilemma.opties[$0].score == dilemma.besteScore }.map { "\($0 + 1)" }
                var line: [(String, Role)] = [(name + ": ", .heading), ("★ " + best.joined(separator: "/") + "  ", .accent)]
                for group in game.groups {
                    let choice = group.choices[index]
                    let label: String
                    switch choice {
                    case .option(let o)?: label = "\(o + 1)" + (dilemma.opties[o].score == dilemma.besteScore ? "★" : "")
                    case .pass?: label = s.pass
                    case nil: label = "–"
                    }
                    line.append((group.name + " " + label + "  ", .body))
                }
                page.segments(line)
            }
        }
        let notes = game.groups.flatMap { group in group.notes.map { (group.name, $0) } }
        if !notes.isEmpty {
            page.blank()
            page.text(s.notesHeading, role: .heading)
            for (name, note) in notes {
                let phase = s.stepNames(note.step, nil).split(separator: ":").first.map(String.init) ?? ""
                page.text(note.text.split(separator: "\n").joined(separator: " / "), prefix: "\(name) (\(phase)): ", prefixRole: .accent)
            }
        }
        page.blank()
        page.text(s.leervragenHeading, role: .heading)
        if leervragen.isEmpty { page.text("–", role: .muted) }
        for vraag in leervragen { page.text(vraag, prefix: "• ", prefixRole: .accent) }
        return page
    }

    private static func scores(_ game: Game, _ s: PlayStrings, into page: inout Page) {
        page.text(s.afsluitingHeading, role: .heading)
        let nameWidth = max(DisplayWidth.ofDrawn(s.scoreColumns[0]), game.groups.map { DisplayWidth.ofDrawn($0.name) }.max() ?? 0) + 2
        func row(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let w = i == 0 ? nameWidth : 9
                return cell + String(repeating: " ", count: max(1, w - DisplayWidth.ofDrawn(cell)))
            }.joined()
        }
        page.segments([(row(s.scoreColumns), .muted)])
        let best = game.maxScore
        for index in game.groups.indices {
            let score = game.score(of: index)
            page.segments([
                (
                    row([
                        game.groups[index].name, "\(score.factoren)/\(best.factoren)", "\(score.zichtbaarheid)/\(best.zichtbaarheid)",
                        "\(score.pijlers.reduce(0, +))/\(best.pijlers.reduce(0, +))", "\(score.total)/\(best.total)",
                    ]), .body
                )
            ])
        }
        page.blank()
    }
}
