import CasusCore

/// The keys (`?`), paged where the screen is too low for all of them (60×18): the title
/// says how to close it, the footer which page this is and how to turn it.
struct HelpView: View {
    var strings: Strings
    var page: Int

    static func lines(_ strings: Strings) -> [String] {
        let help = strings.play.helpLines + [strings.input.helpReopen, strings.results.meaningKey, strings.input.helpPage]
        let keyWidth = help.map { DisplayWidth.ofDrawn($0.key) }.max() ?? 0
        return help.map { $0.key + String(repeating: " ", count: keyWidth - DisplayWidth.ofDrawn($0.key) + 2) + $0.meaning }
    }

    /// Lines per page when paging: the box's frame, title, a blank line and the footer take seven rows.
    static func pageSize(height: Int) -> Int { max(1, height - 7) }

    static func pages(lineCount: Int, height: Int) -> Int {
        // The box is at most two rows lower than the screen; its frame and title take three.
        lineCount <= height - 5 ? 1 : (lineCount + pageSize(height: height) - 1) / pageSize(height: height)
    }

    /// The most pages the help can have: at the smallest screen the game draws on.
    static func maximumPages(_ strings: Strings) -> Int {
        pages(lineCount: lines(strings).count, height: RunLoop.minimumSize.height)
    }

    func render(area: Rect, buffer: inout CellBuffer) {
        let all = Self.lines(strings)
        let title = strings.play.helpHeading + " · " + strings.input.helpClose
        let count = Self.pages(lineCount: all.count, height: area.height)
        guard count > 1 else { return Box(title: title, lines: all).render(area: area, buffer: &buffer) }
        let shown = min(max(0, page), count - 1)
        let size = Self.pageSize(height: area.height)
        let chunk = Array(all.dropFirst(shown * size).prefix(size))
        Box(title: title, lines: chunk + [""] + [strings.input.helpFooter(shown + 1, count)]).render(area: area, buffer: &buffer)
    }
}
