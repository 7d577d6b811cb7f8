import CasusCore

/// Marking factors per side, calling them visible or invisible, and the reveal.
enum FactorViews {
    /// Cursor cells: row = factor, column 0 = resident side, 1 = professional side.
    static func mark(for cursor: Int, in taxonomy: Taxonomy) -> FactorMark {
        let row = min(cursor / 2, taxonomy.factoren.count - 1)
        return FactorMark(kant: cursor % 2 == 0 ? .client : .professional, factor: taxonomy.factoren[row].id)
    }

    static func factoren(_ game: Game, group: Int, cursor: Int, _ s: PlayStrings, _ f: FactorStrings, width: Int) -> Page {
        var page = Page(width: width)
        let progress = game.groups[group]
        page.text(f.prompt(game.markCap), role: .muted)
        page.segments([(pad(s.sideClientShort, 6) + pad(s.sideProfessionalShort, 6), .heading)], indent: 2)
        for (row, factor) in game.taxonomy.factoren.enumerated() {
            var segments: [(String, Role)] = [(row == cursor / 2 ? "▸ " : "  ", .accent)]
            for (column, kant) in [Kant.client, .professional].enumerated() {
                let marked = progress.marks.contains(FactorMark(kant: kant, factor: factor.id))
                let box = marked ? "[x]" : "[ ]"
                let isCursor = row == cursor / 2 && column == cursor % 2 && !progress.factorsLocked
                segments.append((box, isCursor ? .selected : (marked ? .accent : .body)))
                segments.append(("   ", .body))
            }
            segments.append((factor.naam, row == cursor / 2 ? .heading : .body))
            if row == cursor / 2 { page.focused { $0.segments(segments) } } else { page.segments(segments) }
        }
        page.blank()
        for kant in Kant.allCases {
            let count = game.markCount(group, side: kant)
            let full = count >= game.markCap && !progress.factorsLocked
            let line = f.chosen(kant == .client ? s.sideClient : s.sideProfessional, count, game.markCap)
            page.text(full ? line + " — " + f.capReached : line, role: full ? .warning : .muted)
        }
        lockStatus(game, group: group, s, into: &page)
        return page
    }

    static func zichtbaarheid(_ game: Game, group: Int, cursor: Int, _ s: PlayStrings, _ f: FactorStrings, width: Int) -> Page {
        var page = Page(width: width)
        let progress = game.groups[group]
        page.text(f.visibilityQuestion, role: .muted)
        let marks = progress.marks.sorted()
        if marks.isEmpty {
            page.blank()
            page.text(s.nothingMarked)
        }
        var side: Kant?
        for (row, mark) in marks.enumerated() {
            if mark.kant != side {
                side = mark.kant
                page.blank()
                page.text(mark.kant == .client ? s.sideClient : s.sideProfessional, role: .heading)
            }
            let call = progress.calls[mark]
            let isCursor = row == cursor && !progress.callsLocked
            let segments: [(String, Role)] = [
                (isCursor ? "▸ " : "  ", .accent),
                ("(" + (call == .zichtbaar ? "•" : " ") + ") " + s.visible + "  ", call == .zichtbaar ? .accent : .body),
                ("(" + (call == .onzichtbaar ? "•" : " ") + ") " + s.invisible + "  ", call == .onzichtbaar ? .accent : .body),
                (game.taxonomy.factor(mark.factor)?.naam ?? mark.factor, isCursor ? .selected : .body),
            ]
            if isCursor { page.focused { $0.segments(segments) } } else { page.segments(segments) }
        }
        if !progress.callsLocked && !progress.uncalledMarks.isEmpty {
            page.blank()
            page.text(s.stillToCall(progress.uncalledMarks.count), role: .muted)
        }
        lockStatus(game, group: group, s, into: &page)
        return page
    }

    static func reveal(_ game: Game, cursor: Int, _ s: PlayStrings, _ f: FactorStrings, width: Int) -> Page {
        var page = Page(width: width)
        page.text(s.revealFactorsHeading, role: .heading)
        var item = 0
        for kant in Kant.allCases {
            page.blank()
            page.text(kant == .client ? s.sideClient : s.sideProfessional, role: .heading)
            for reference in game.casus.referentie(voor: kant) {
                let mark = FactorMark(kant: kant, factor: reference.factor)
                let finders = game.groups.filter { $0.marks.contains(mark) }.map(\.name)
                let visibility = f.weight(reference.gewicht) + ", " + (reference.zichtbaarheid == .zichtbaar ? s.visible : s.invisible)
                let points = game.config.showScores ? "  (\(Scoring.factorPoints(reference)) pt)" : ""
                let name = game.taxonomy.factor(reference.factor)?.naam ?? reference.factor
                let why = game.casus.personen.filter { $0.rol.kant == kant }.flatMap { persoon in
                    persoon.factoren.filter { $0.factor == reference.factor }.map { (persoon.naam, $0) }
                }
                let body = { (p: inout Page) in
                    p.text(name + " — " + visibility + points, role: .heading, prefix: "• ", prefixRole: .accent)
                    let found =
                        finders.isEmpty
                        ? s.missedByAll
                        : (game.config.anonymous ? s.foundByCount(finders.count, game.groups.count) : s.foundBy(finders))
                    p.text(found, role: finders.isEmpty ? .warning : .muted, indent: 2)
                    // The cue: where in the story or on a card a group could see it.
                    for cue in reference.cues { p.text(f.cueLabel + "‘" + unquoted(cue) + "’", role: .accent, indent: 2) }
                    for (person, factor) in why {
                        p.text(person + ": " + factor.toelichting, indent: 2)
                        if let valkuil = factor.valkuil { p.text(s.pitfall + ": " + valkuil, role: .muted, indent: 2) }
                    }
                }
                if item == cursor { page.focused(body) } else { body(&page) }
                item += 1
            }
        }
        extraMarks(game, s, f, into: &page)
        if game.config.showScores {
            page.blank()
            let max = game.maxScore
            for (index, group) in game.groups.enumerated() {
                let score = game.score(of: index)
                page.segments([
                    (group.name + ": ", .heading),
                    ("\(score.factoren)/\(max.factoren) + \(score.zichtbaarheid)/\(max.zichtbaarheid)", .accent),
                ])
            }
            page.text(s.scoringFactorsRule, role: .muted)
        }
        return page
    }

    /// A cue that quotes speech carries its own quotation marks; the reveal adds one pair, not two.
    static func unquoted(_ cue: String) -> String {
        let marks: Set<Character> = ["‘", "’", "“", "”", "'", "\""]
        var text = Substring(cue)
        while let first = text.first, marks.contains(first), let last = text.last, marks.contains(last), text.count > 1 {
            text = text.dropFirst().dropLast()
        }
        return String(text)
    }

    /// What each group marked that the case does not name: no points lost, but a question for the room.
    private static func extraMarks(_ game: Game, _ s: PlayStrings, _ f: FactorStrings, into page: inout Page) {
        let named = Set(
            Kant.allCases.flatMap { kant in game.casus.referentie(voor: kant).map { FactorMark(kant: kant, factor: $0.factor) } })
        let extra = game.groups.map { ($0.name, $0.marks.subtracting(named).sorted()) }.filter { !$0.1.isEmpty }
        guard !extra.isEmpty else { return }
        page.blank()
        page.text(f.extraMarksHeading, role: .heading)
        page.text(f.extraMarksQuestion, role: .muted)
        for (index, (group, marks)) in extra.enumerated() {
            let names = marks.map {
                (game.taxonomy.factor($0.factor)?.naam ?? $0.factor) + " ("
                    + ($0.kant == .client ? s.sideClientShort : s.sideProfessionalShort) + ")"
            }
            let who = game.config.anonymous ? "\(index + 1)" : group
            page.text(who + ": " + names.joined(separator: ", "), indent: 2)
        }
    }

    /// How many cursor stops the reveal has (one per reference factor).
    static func revealItems(_ game: Game) -> Int {
        Kant.allCases.reduce(0) { $0 + game.casus.referentie(voor: $1).count }
    }

    static func lockStatus(_ game: Game, group: Int, _ s: PlayStrings, into page: inout Page) {
        page.blank()
        let waiting = game.groups.indices.filter { !game.hasLocked($0) }.map { game.groups[$0].name }
        page.text(waiting.isEmpty ? s.allLocked : s.waitingFor(waiting), role: .muted)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.ofDrawn(text)))
    }
}
