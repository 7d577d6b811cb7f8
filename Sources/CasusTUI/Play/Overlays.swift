import CasusCore

/// What is drawn over a screen: help, the quit question, the note editor and the
/// messages that need reading once, each centred in the area it is given.
struct OverlayView: View {
    var overlay: PlayModel.Overlay
    /// The session's group names, for the note editor's title.
    var groups: [String]
    var strings: PlayStrings
    var reveal: RevealStrings = .nl
    var log: LogStrings = .nl
    var format: FormatStrings = .nl

    func render(area: Rect, buffer: inout CellBuffer) {
        content(width: area.width).render(area: area, buffer: &buffer)
    }

    /// The box for this overlay; text is wrapped narrower than `width`, the area it will be centred in.
    private func content(width: Int) -> any View {
        let s = strings
        switch overlay {
        case .help:
            // Paged by `HelpView`, which the screen draws instead; this is the whole list for other callers.
            let keyWidth = s.helpLines.map { DisplayWidth.ofDrawn($0.key) }.max() ?? 0
            let lines = s.helpLines.map { $0.key + String(repeating: " ", count: keyWidth - DisplayWidth.ofDrawn($0.key) + 2) + $0.meaning }
            return Box(title: s.helpHeading, lines: lines)
        case .quit:
            return Box(title: s.quitQuestion, lines: TextWrap.wrap(s.quitDetail, width: min(50, width - 8)))
        case .logFailure(let message):
            return Box(title: s.logFailedChoice, lines: TextWrap.wrap(s.logFailed(message), width: min(60, width - 8)), role: .warning)
        case .logLost(let message):
            let text = [message, log.lostChoice].filter { !$0.isEmpty }
            return Box(
                title: log.lostTitle, lines: text.flatMap { TextWrap.wrap($0, width: min(60, width - 8)) + [""] }.dropLast(), role: .warning
            )
        case .problems(let lines):
            return Box(title: s.reloadFailed, lines: lines.flatMap { TextWrap.wrap($0, width: width - 8) }, role: .warning)
        case .notice(let title, let lines):
            return Box(title: title, lines: lines.flatMap { TextWrap.wrap($0, width: min(64, width - 8)) + [""] }.dropLast())
        case .editor(let editor, let purpose):
            let name = { (group: Int) in groups.indices.contains(group) ? groups[group] : "" }
            var hint = s.hintEditor
            let title: String
            switch purpose {
            case .note(let group): title = s.noteHeading(name(group))
            case .training: title = s.setupTraining
            case .groups: title = s.setupGroups
            case .leervragen: title = s.setupLeervragen
            case .pillars: title = format.pillarsField
            case .ownApproach(let group):
                title = reveal.ownApproachEditor(name(group))
                hint = reveal.ownApproachEditorHint
            case .ownScore(let group, let score):
                title = reveal.scoreEditor(name(group), score)
                hint = reveal.scoreEditorHint
            case .rewriteLog:
                title = log.rewriteTitle
                hint = log.rewriteHint
            }
            return EditorBox(editor: editor, title: title, hint: hint)
        }
    }
}

/// A framed box in the middle of its area, sized to its text.
struct Box: View {
    var title: String
    var lines: [String]
    var role: Role = .body

    func render(area: Rect, buffer: inout CellBuffer) {
        let inner = min(area.width - 4, max(DisplayWidth.ofDrawn(title), lines.map(DisplayWidth.ofDrawn).max() ?? 0) + 2)
        let box = area.centred(width: inner + 2, height: min(area.height - 2, lines.count + 3))
        buffer.clipped(to: box) { buffer in
            Border().render(area: box, buffer: &buffer)
            buffer.put(" " + title + " ", x: box.x + 1, y: box.y, role: .heading, maxWidth: inner)
            for (i, line) in lines.prefix(box.height - 3).enumerated() {
                buffer.put(line, x: box.x + 2, y: box.y + 2 + i, role: role, maxWidth: inner - 1)
            }
        }
    }
}

/// A frame of box-drawing lines around a cleared area.
struct Border: View {
    func render(area: Rect, buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.clipped(to: area) { buffer in
            buffer.fill(.body, area)
            let inside = area.inset(by: 1)
            buffer.fill(.frame, area.row(0).inset(left: 1, right: 1), with: "─")
            buffer.fill(.frame, area.row(area.height - 1).inset(left: 1, right: 1), with: "─")
            buffer.fill(.frame, Rect(x: area.x, y: inside.y, width: 1, height: inside.height), with: "│")
            buffer.fill(.frame, Rect(x: area.right - 1, y: inside.y, width: 1, height: inside.height), with: "│")
            buffer.put("┌", x: area.x, y: area.y, role: .frame)
            buffer.put("┐", x: area.right - 1, y: area.y, role: .frame)
            buffer.put("└", x: area.x, y: area.bottom - 1, role: .frame)
            buffer.put("┘", x: area.right - 1, y: area.bottom - 1, role: .frame)
        }
    }
}
