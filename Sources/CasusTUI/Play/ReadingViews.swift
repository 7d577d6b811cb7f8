import CasusCore

/// The steps where the room reads and talks: content note, story, knelpunten, reflection.
enum ReadingViews {
    static func contentNote(_ game: Game, _ s: PlayStrings, width: Int) -> Page {
        var page = Page(width: width)
        page.text(s.contentNoteHeading, role: .warning)
        page.blank()
        page.text(game.casus.inhoudswaarschuwing ?? "")
        return page
    }

    static func story(_ game: Game, _ c: CardStrings, width: Int) -> Page {
        var page = Page(width: width)
        page.text(game.casus.titel, role: .heading)
        page.text("\(game.casus.setting.organisatie) · \(game.casus.setting.wijk)", role: .muted)
        for paragraph in game.casus.verhaal {
            page.blank()
            page.text(paragraph)
        }
        page.blank()
        page.text(c.heading, role: .heading)
        cards(game, c, into: &page)
        return page
    }

    /// `p` at any step: the person cards on their own.
    static func people(_ game: Game, _ c: CardStrings, width: Int) -> Page {
        var page = Page(width: width)
        page.text(game.casus.titel, role: .muted)
        cards(game, c, into: &page)
        return page
    }

    /// `T`: what the trainer should know, with the rules and where to check them. The header says it is not for the room.
    static func trainer(_ game: Game, _ c: CardStrings, width: Int) -> Page {
        var page = Page(width: width)
        guard let notes = game.casus.trainer else {
            page.text(c.trainerNone, role: .muted)
            return page
        }
        page.text(c.background, role: .heading)
        page.text(notes.achtergrond)
        page.blank()
        page.text(c.rules, role: .heading)
        for regel in notes.regels {
            page.text(regel.regel, prefix: "• ", prefixRole: .accent)
            page.text(c.source + regel.bron, role: .muted, indent: 2)
        }
        for (heading, text) in [(c.facilities, notes.voorzieningen), (c.dispute, notes.discussie)] {
            guard let text else { continue }
            page.blank()
            page.text(heading, role: .heading)
            page.text(text)
        }
        return page
    }

    /// The optional own-iceberg step: prompts only, to think about or share in pairs; no input anywhere.
    static func iceberg(_ d: DebriefStrings, width: Int) -> Page {
        var page = Page(width: width)
        for (index, prompt) in d.icebergPrompts.enumerated() {
            if index > 0 { page.blank() }
            page.text(prompt, role: index == 0 ? .muted : .body)
        }
        return page
    }

    /// Everyone in the case: name, role, and what a professional could know or see. The scored
    /// factors rest on this text and the story, never on what only the author knows.
    private static func cards(_ game: Game, _ c: CardStrings, into page: inout Page) {
        for persoon in game.casus.personen {
            page.blank()
            page.segments([(persoon.naam, .heading), (" · " + c.role(persoon.rol), .muted)])
            page.text(persoon.kaart, indent: 2)
        }
    }

    static func knelpunten(_ game: Game, _ s: PlayStrings, width: Int) -> Page {
        var page = Page(width: width)
        page.text(s.knelpuntenPrompt, role: .muted)
        for (index, knelpunt) in game.casus.knelpunten.prefix(game.revealedKnelpunten).enumerated() {
            page.blank()
            let isNewest = index == game.revealedKnelpunten - 1
            let add = { (p: inout Page) in
                p.text(knelpunt.tekst, prefix: "\(index + 1). ", prefixRole: .accent)
                p.text("(\(s.knelpuntKant(knelpunt.kant)))", role: .muted, indent: 3)
            }
            if isNewest { page.focused(add) } else { add(&page) }
        }
        let hidden = game.casus.knelpunten.count - game.revealedKnelpunten
        if hidden > 0 {
            page.blank()
            page.text("… " + s.knelpuntenHidden(hidden), role: .muted)
        }
        notes(game, s, into: &page)
        return page
    }

    static func reflectie(_ game: Game, _ s: PlayStrings, width: Int) -> Page {
        var page = Page(width: width)
        page.text(s.reflectieHeading, role: .heading)
        for (index, question) in game.casus.reflectie.enumerated() {
            page.blank()
            page.text(question, prefix: "\(index + 1). ", prefixRole: .accent)
        }
        notes(game, s, into: &page)
        return page
    }

    /// Notes written in the current step, so the room sees what was kept.
    static func notes(_ game: Game, _ s: PlayStrings, into page: inout Page) {
        let written = game.groups.flatMap { group in group.notes.filter { $0.step == game.step }.map { (group.name, $0.text) } }
        guard !written.isEmpty else { return }
        page.blank()
        page.text(s.notesHeading, role: .heading)
        for (name, text) in written {
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                page.text(String(line), prefix: i == 0 ? name + ": " : "  ", prefixRole: .accent)
            }
        }
    }
}
