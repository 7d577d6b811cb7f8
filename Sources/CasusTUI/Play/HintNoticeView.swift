import CasusCore

/// The hint line's temporary message: why a key did nothing (as a warning) or what it
/// just did, drawn over the bottom bar until its time is up. Time comes from the caller.
struct HintNoticeView: View {
    var notice: PlayModel.HintNotice
    var now: Double

    func render(area: Rect, buffer: inout CellBuffer) {
        guard now < notice.until, area.height > 0 else { return }
        let bottom = area.row(area.height - 1)
        let role: Role = notice.refused ? .warning : .hint
        buffer.clipped(to: bottom) { buffer in
            buffer.fill(role, bottom)
            buffer.put(" " + TextWrap.truncate(notice.text, width: max(1, bottom.width - 2)), x: bottom.x, y: bottom.y, role: role)
        }
    }
}
