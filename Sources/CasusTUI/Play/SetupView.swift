import CasusCore

/// Before the first case: the groups and the participants' learning questions.
struct SetupView: View {
    var form: PlayModel.SetupForm
    var casus: Casus?
    var strings: Strings

    func render(area: Rect, buffer: inout CellBuffer) {
        let s = strings.play
        let content = Chrome(title: "\(strings.appName) — \(s.setupHeading)", right: casus?.titel ?? "", hints: s.hintSetup)
            .render(area: area, buffer: &buffer)
        var page = Page(width: area.width - 4)
        // A problem stands first, where a small projected screen still shows it.
        if let problem = form.problem { page.text(problem, role: .warning) }
        let f = strings.format
        let fields: [(String, String)] = [
            (f.formatField, form.short ? f.short : f.full),
            (f.pillarsField, form.pillars.isEmpty ? f.allPillars : form.pillars),
            (s.setupTraining, form.training.isEmpty ? s.setupNoLeervragen : form.training),
            (s.setupGroups, form.groups),
            (s.setupLeervragen, form.leervragen.isEmpty ? s.setupNoLeervragen : form.leervragen),
        ]
        for (index, field) in fields.enumerated() {
            page.blank()
            let selected = form.field == index
            let body = { (p: inout Page) in
                p.text(field.0, role: selected ? .selected : .heading, prefix: selected ? "▸ " : "  ", prefixRole: .accent)
                for line in field.1.split(separator: "\n", omittingEmptySubsequences: false) {
                    p.text(String(line), role: .body, indent: 4)
                }
            }
            if selected { page.focused(body) } else { body(&page) }
        }
        page.blank()
        let startSelected = form.field == PlayModel.SetupForm.startField
        let start = { (p: inout Page) in
            p.text(s.setupStart, role: startSelected ? .selected : .accent, prefix: startSelected ? "▸ " : "  ", prefixRole: .accent)
        }
        if startSelected { page.focused(start) } else { start(&page) }
        page.draw(in: content.inset(left: 2, top: 1, right: 1), scroll: 0, into: &buffer)
    }
}
