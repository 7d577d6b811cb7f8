import CasusCore

/// The start screen: the library on the left (or on top, when narrow) and the
/// highlighted case's summary beside (or below) it.
public struct LibraryView: View {
    public var library: CaseLibrary
    public var browser: CaseBrowser
    public var strings: Strings
    public var hints: String?

    public init(library: CaseLibrary, browser: CaseBrowser, strings: Strings, hints: String? = nil) {
        self.library = library
        self.browser = browser
        self.strings = strings
        self.hints = hints
    }

    public func render(area: Rect, buffer: inout CellBuffer) {
        buffer.clipped(to: area) { buffer in
            let content = Chrome(
                title: "\(strings.appName) — \(strings.libraryHeading)", right: strings.casesCount(library.cases.count),
                hints: hints ?? strings.play.hintLibrary
            ).render(area: area, buffer: &buffer)
            let body = content.inset(top: 1)
            guard !library.cases.isEmpty else {
                let message = body.inset(left: 2, right: 2)
                for (i, line) in TextWrap.wrap(strings.libraryEmpty, width: message.width).enumerated() where i < message.height {
                    buffer.put(line, x: message.x, y: message.y + i, role: .warning)
                }
                return
            }
            let list: Rect
            let detail: Rect
            if area.width >= 100 {
                let listWidth = area.width * 2 / 5
                list = body.inset(left: 1).split(columns: listWidth).left
                detail = body.inset(left: listWidth + 3, right: 2)
            } else {
                let (top, rest) = body.split(rows: min(library.cases.count, max(1, content.height / 3)))
                list = top.inset(left: 1, right: 1)
                buffer.horizontalLine(rest.inset(left: 1, right: 1))
                detail = rest.inset(left: 2, top: 1, right: 2)
            }
            renderList(in: list, buffer: &buffer)
            CaseDetailsView(casus: library.cases[browser.selected].casus, taxonomy: library.taxonomy, strings: strings)
                .render(area: detail, buffer: &buffer)
        }
    }

    private func renderList(in list: Rect, buffer: inout CellBuffer) {
        let count = library.cases.count
        // Keep the selection visible when the list is longer than its pane.
        let first = min(max(0, browser.selected - list.height + 1), max(0, count - list.height))
        for row in 0..<list.height where first + row < count {
            let index = first + row
            let isSelected = index == browser.selected
            let marker = isSelected ? "▸ " : "  "
            let label = "\(marker)\(index + 1). \(library.cases[index].casus.titel)"
            if isSelected { buffer.fill(.selected, list.row(row)) }
            buffer.put(TextWrap.truncate(label, width: list.width - 1), x: list.x, y: list.y + row, role: isSelected ? .selected : .body)
        }
    }
}

/// A case at a glance on the projected start screen: title, where it plays, themes,
/// how long in each format, a content-note marker and the teaser. Nothing it would
/// spoil: no factors, no twist (those are in `list` and `validate --dekking`).
struct CaseDetailsView: View {
    var casus: Casus
    var taxonomy: Taxonomy?
    var strings: Strings

    func render(area: Rect, buffer: inout CellBuffer) {
        buffer.clipped(to: area) { buffer in
            var y = area.y
            func line(_ text: String, _ role: Role) {
                guard y < area.bottom else { return }
                buffer.put(text, x: area.x, y: y, role: role, maxWidth: area.width)
                y += 1
            }
            for text in TextWrap.wrap(casus.titel, width: area.width) { line(text, .heading) }
            line("\(casus.setting.organisatie) · \(casus.setting.wijk)", .muted)
            var minutes = "\(strings.columnMinutes): \(strings.minutesShort(casus.minuten.totaal(dilemmas: casus.dilemmas.count)))"
            if let kort = casus.kort { minutes += " · " + strings.format.shortMinutes(kort.totaal) }
            line(minutes, .muted)
            if !casus.themas.isEmpty { line(casus.themas.joined(separator: " · "), .muted) }
            if casus.inhoudswaarschuwing != nil { line("△ " + strings.play.contentNoteHeading, .warning) }
            y += 1
            // Format 1 has no teaser; its summary was written for reports and may give the twist away.
            for text in TextWrap.wrap(casus.teaser ?? "", width: area.width) { line(text, .body) }
        }
    }
}
