import CasusCore

/// The debrief, walked in its three questions: what happened (scores, choices beside
/// the best option, notes), what we learned (the learning questions, judged by the
/// trainer), and what I do differently on Monday. Where the log is comes first.
enum AfsluitingView {
    static func page(
        _ game: Game, leervragen: [String], status: [Int: LeervraagStatus], logPath: String?, _ s: PlayStrings, _ r: RevealStrings,
        _ d: DebriefStrings, _ t: ResultStrings, width: Int
    ) -> Page {
        var page = Page(width: width)
        let summary = CaseSummary(game)
        // Where everything was kept comes first: the trainer needs it before the room leaves.
        page.text(logPath.map(s.logWrittenTo) ?? s.noLog, role: .muted)
        page.text(d.prompts[0], role: .title)
        if game.skipped {
            page.text(s.caseSkipped, role: .heading)
        } else {
            ResultsTable.add(game, summary, t, width: width, into: &page)
        }
        page.text(s.nextCase, role: .accent)
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
}
