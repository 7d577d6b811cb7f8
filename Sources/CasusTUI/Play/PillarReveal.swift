import CasusCore

/// The pillar reveal on a projector's small screen: every option on two lines — its text cut to
/// one line, then a bar, the count and who chose it ("+2" when the names do not fit) — so the
/// whole spread is in view at once. After Enter the option under the cursor opens with its
/// expert view; ↑↓ moves to the next.
enum PillarReveal {
    static func compact(
        _ game: Game, index: Int, cursor: Int, _ s: PlayStrings, _ r: RevealStrings, width: Int, meaning: Bool
    ) -> Page {
        var page = Page(width: width)
        let dilemma = game.casus.dilemmas[index]
        let expert = game.expertShown.contains(index)
        PillarViews.header(game, dilemma, meaning: meaning, into: &page)
        let labels = GroupLabels.fitted(game.groups.map(\.name), each: 13)
        let chosenBy = { (choice: Choice) in game.groups.indices.filter { game.groups[$0].choices[index] == choice }.map { labels[$0] } }
        let barWidth = 8
        for (position, option) in game.optionOrder[index].enumerated() {
            let optie = dilemma.opties[option]
            let who = chosenBy(.option(option))
            let focused = position == cursor
            let body = { (p: inout Page) in
                let number = "\(position + 1). "
                if expert && focused {
                    p.text(optie.tekst, role: .heading, prefix: number, prefixRole: .accent)
                } else {
                    let cut = TextWrap.truncate(optie.tekst, width: width - DisplayWidth.ofDrawn(number))
                    p.segments([(number, .accent), (cut, focused ? .heading : .body)])
                }
                let filled = game.groups.isEmpty ? 0 : who.count * barWidth / game.groups.count
                var line: [(String, Role)] = [
                    (String(repeating: "█", count: filled), .accent), (String(repeating: "░", count: barWidth - filled), .muted),
                    (" \(who.count)", .heading),
                ]
                // No star and no points before the expert view: the spread is for talking, not for grading.
                if expert {
                    if optie.score == dilemma.besteScore { line.append((" ✶", .accent)) }
                    if game.config.showScores { line.append((" · \(optie.score) pt", .muted)) }
                }
                let used = 3 + line.reduce(0) { $0 + DisplayWidth.ofDrawn($1.0) } + 2
                if !game.config.anonymous && !who.isEmpty { line.append(("  " + names(who, width: width - used), .body)) }
                p.segments(line, indent: 3)
                if expert && focused { p.text(r.expertLabel + optie.expert, role: .body, indent: 3) }
            }
            if focused { page.focused(body) } else { body(&page) }
        }
        ownApproaches(game, index: index, cursor: cursor, expert: expert, labels: labels, r, width: width, into: &page)
        let passers = chosenBy(.pass)
        if !passers.isEmpty {
            let who = game.config.anonymous ? "\(passers.count)" : names(passers, width: width - DisplayWidth.ofDrawn(s.pass) - 2)
            page.text(s.pass + ": " + who, role: .muted)
        }
        return page
    }

    /// As many labels as fit in `width`, then "+N" for the rest.
    static func names(_ labels: [String], width: Int) -> String {
        var shown: [String] = []
        for (i, label) in labels.enumerated() {
            let rest = labels.count - i - 1
            let candidate = (shown + [label]).joined(separator: ", ")
            let suffix = rest > 0 ? " +\(rest)" : ""
            if DisplayWidth.ofDrawn(candidate + suffix) > width {
                return shown.isEmpty ? "+\(labels.count)" : shown.joined(separator: ", ") + " +\(labels.count - shown.count)"
            }
            shown.append(label)
        }
        return shown.joined(separator: ", ")
    }

    /// One line per own approach; the one under the cursor opens whole, with the trainer's points.
    private static func ownApproaches(
        _ game: Game, index: Int, cursor: Int, expert: Bool, labels: [String], _ r: RevealStrings, width: Int, into page: inout Page
    ) {
        let options = game.casus.dilemmas[index].opties.count
        for (row, own) in PillarViews.ownApproaches(game, index: index).enumerated() {
            let focused = cursor == options + row
            let who = game.config.anonymous ? r.ownApproach : r.ownApproach + " — " + labels[own.group]
            let body = { (p: inout Page) in
                if focused {
                    PillarViews.ownApproach(game, index: index, own, who: who, focused: true, expert: expert, r, into: &p)
                } else {
                    p.segments([("◇ ", .accent), (TextWrap.truncate(who + ": " + own.text, width: width - 2), .body)])
                }
            }
            if focused { page.focused(body) } else { body(&page) }
        }
    }
}
