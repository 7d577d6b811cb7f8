import CasusCore

/// One frame of `terugkijken`: the game's own screen as the room saw it, with
/// the bottom line saying where in the session you are.
struct ReplayView: View {
    var frame: ReplayFrame?
    /// 1-based position of the frame, and how many there are.
    var position: Int
    var count: Int
    var scroll: Int
    var library: CaseLibrary
    var strings: Strings

    func render(area: Rect, buffer: inout CellBuffer) {
        let s = strings.session
        guard let frame else {
            let content = Chrome(title: strings.appName, hints: s.replayHint).render(area: area, buffer: &buffer)
            buffer.clipped(to: area) { buffer in
                buffer.put(s.replayEmpty, x: content.x + 2, y: content.y + 1, role: .body, maxWidth: content.width - 4)
            }
            return
        }
        var model = frame.model
        model.scroll = scroll
        GameScreen(model: model, library: library, strings: strings, now: 0).render(area: area, buffer: &buffer)
        // The clock time is enough on one line; the date is in the session list and the report.
        let clock = frame.clock
        let bottom = area.row(area.height - 1)
        buffer.clipped(to: bottom) { buffer in
            buffer.fill(.hint, bottom)
            let used = buffer.put(
                " " + s.replayPosition(position, count, clock), x: bottom.x, y: bottom.y, role: .hint, maxWidth: bottom.width)
            buffer.put("  " + s.replayHint, x: bottom.x + used, y: bottom.y, role: .hint, maxWidth: max(0, bottom.width - used))
        }
    }
}
