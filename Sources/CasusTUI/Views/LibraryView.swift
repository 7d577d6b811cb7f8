import CasusCore

/// The start screen: the library on the left (or on top, when narrow) and the
/// highlighted case's summary beside (or below) it.
public enum LibraryView {
    public static func render(
        library: CaseLibrary, browser: CaseBrowser, strings: Strings, hints: String? = nil, into buffer: inout CellBuffer
    ) {
        let content = Chrome.draw(
            title: "\(strings.appName) — \(strings.libraryHeading)", right: strings.casesCount(library.cases.count),
            hints: hints ?? strings.play.hintLibrary, into: &buffer)
        guard !library.cases.isEmpty else {
            for (i, line) in TextWrap.wrap(strings.libraryEmpty, width: buffer.width - 4).enumerated()
            where content.lowerBound + 1 + i < content.upperBound {
                buffer.put(line, x: 2, y: content.lowerBound + 1 + i, role: .warning)
            }
            return
        }
        let sideBySide = buffer.width >= 100
        let listWidth = sideBySide ? buffer.width * 2 / 5 : buffer.width - 2
        let listRows = sideBySide ? content.count - 1 : min(library.cases.count, max(1, content.count / 3))
        let listTop = content.lowerBound + 1
        // Keep the selection visible when the list is longer than its pane.
        let first = min(max(0, browser.selected - listRows + 1), max(0, library.cases.count - listRows))
        for row in 0..<listRows where first + row < library.cases.count {
            let index = first + row
            let isSelected = index == browser.selected
            let marker = isSelected ? "▸ " : "  "
            let label = "\(marker)\(index + 1). \(library.cases[index].casus.titel)"
            if isSelected { buffer.fill(.selected, x: 1, y: listTop + row, width: listWidth, height: 1) }
            buffer.put(TextWrap.truncate(label, width: listWidth - 1), x: 1, y: listTop + row, role: isSelected ? .selected : .body)
        }
        let detailTop = sideBySide ? listTop : listTop + listRows + 1
        let detailX = sideBySide ? listWidth + 3 : 2
        let detailWidth = buffer.width - detailX - 2
        let detailRows = detailTop..<content.upperBound
        if !sideBySide { buffer.horizontalLine(y: detailTop - 1, from: 1, width: buffer.width - 2) }
        renderDetail(
            library.cases[browser.selected].casus, taxonomy: library.taxonomy, strings: strings,
            x: detailX, rows: detailRows, width: detailWidth, into: &buffer)
    }

    static func renderDetail(
        _ casus: Casus, taxonomy: Taxonomy?, strings: Strings, x: Int, rows: Range<Int>, width: Int,
        into buffer: inout CellBuffer
    ) {
        var y = rows.lowerBound
        func line(_ text: String, _ role: Role) {
            guard y < rows.upperBound else { return }
            buffer.put(text, x: x, y: y, role: role, maxWidth: width)
            y += 1
        }
        for text in TextWrap.wrap(casus.titel, width: width) { line(text, .heading) }
        line("\(casus.setting.organisatie) · \(casus.setting.wijk)", .muted)
        line("\(strings.columnMinutes): \(strings.minutesShort(casus.minuten.totaal(dilemmas: casus.dilemmas.count)))", .muted)
        y += 1
        for text in TextWrap.wrap(casus.samenvatting, width: width) { line(text, .body) }
        y += 1
        let names = casus.factorIDs.map { taxonomy?.factor($0)?.naam ?? $0 }
        for text in TextWrap.wrap("\(strings.columnFactors): " + names.joined(separator: " · "), width: width) { line(text, .accent) }
    }
}
