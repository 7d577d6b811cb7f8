import CasusCore

/// Boxes drawn over a screen: help, the quit question, the note editor.
enum Overlays {
    static func render(_ overlay: PlayModel.Overlay, model: PlayModel, strings: Strings, into buffer: inout CellBuffer) {
        let s = strings.play
        switch overlay {
        case .help:
            let keyWidth = s.helpLines.map { DisplayWidth.ofDrawn($0.key) }.max() ?? 0
            let lines = s.helpLines.map { $0.key + String(repeating: " ", count: keyWidth - DisplayWidth.ofDrawn($0.key) + 2) + $0.meaning }
            box(title: s.helpHeading, lines: lines, into: &buffer)
        case .quit:
            box(title: s.quitQuestion, lines: TextWrap.wrap(s.quitDetail, width: min(50, buffer.width - 8)), into: &buffer)
        case .logFailure(let message):
            box(
                title: s.logFailedChoice, lines: TextWrap.wrap(s.logFailed(message), width: min(60, buffer.width - 8)), role: .warning,
                into: &buffer)
        case .problems(let lines):
            let width = buffer.width - 8
            box(title: s.reloadFailed, lines: lines.flatMap { TextWrap.wrap($0, width: width) }, role: .warning, into: &buffer)
        case .notice(let title, let lines):
            let width = min(64, buffer.width - 8)
            box(title: title, lines: lines.flatMap { TextWrap.wrap($0, width: width) + [""] }.dropLast(), into: &buffer)
        case .editor(let editor, let purpose):
            let title: String
            switch purpose {
            case .note(let group): title = s.noteHeading(model.config?.groups[group] ?? "")
            case .training: title = s.setupTraining
            case .groups: title = s.setupGroups
            case .leervragen: title = s.setupLeervragen
            }
            editorBox(editor, title: title, hint: s.hintEditor, into: &buffer)
        }
    }

    /// A framed box in the middle, sized to its text.
    static func box(title: String, lines: [String], role: Role = .body, into buffer: inout CellBuffer) {
        let inner = min(buffer.width - 4, max(DisplayWidth.ofDrawn(title), lines.map(DisplayWidth.ofDrawn).max() ?? 0) + 2)
        let height = min(buffer.height - 2, lines.count + 3)
        let x = (buffer.width - inner - 2) / 2
        let y = (buffer.height - height) / 2
        frame(x: x, y: y, width: inner + 2, height: height, into: &buffer)
        buffer.put(" " + title + " ", x: x + 1, y: y, role: .heading, maxWidth: inner)
        for (i, line) in lines.prefix(height - 3).enumerated() {
            buffer.put(line, x: x + 2, y: y + 2 + i, role: role, maxWidth: inner - 1)
        }
    }

    static func editorBox(_ editor: TextEditor, title: String, hint: String, into buffer: inout CellBuffer) {
        let width = buffer.width - 4
        let height = buffer.height - 4
        let x = 2
        let y = 2
        frame(x: x - 1, y: y - 1, width: width + 2, height: height + 2, into: &buffer)
        buffer.put(" " + title + " ", x: x, y: y - 1, role: .heading, maxWidth: width)
        buffer.put(" " + hint + " ", x: x, y: y + height, role: .muted, maxWidth: width)
        // Hard-wrap each line at the box width and place the cursor cell.
        let textWidth = width - 1
        var rows: [(text: String, cursorColumn: Int?)] = []
        var cursorRow = 0
        for (index, line) in editor.lines.enumerated() {
            var chunks: [[Character]] = []
            var current: [Character] = []
            var used = 0
            for c in line {
                let w = DisplayWidth.ofDrawn(String(c))
                if used + w > textWidth { chunks.append(current); current = []; used = 0 }
                current.append(c)
                used += w
            }
            chunks.append(current)
            var consumed = 0
            for (chunkIndex, chunk) in chunks.enumerated() {
                var cursorColumn: Int?
                let isLast = chunkIndex == chunks.count - 1
                if index == editor.row && editor.column >= consumed && (editor.column < consumed + chunk.count || isLast) {
                    cursorColumn = DisplayWidth.ofDrawn(String(chunk.prefix(editor.column - consumed)))
                    cursorRow = rows.count
                }
                rows.append((String(chunk), cursorColumn))
                consumed += chunk.count
            }
        }
        let first = max(0, cursorRow - height + 1)
        for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
            buffer.fill(.body, x: x, y: y + offset, width: width, height: 1)
            buffer.put(row.text, x: x, y: y + offset, role: .body, maxWidth: width)
            if let column = row.cursorColumn {
                let under = buffer[x + column, y + offset].text
                buffer.put(under == " " || under.isEmpty ? " " : under, x: x + column, y: y + offset, role: .selected)
            }
        }
    }

    static func frame(x: Int, y: Int, width: Int, height: Int, into buffer: inout CellBuffer) {
        buffer.fill(.body, x: x, y: y, width: width, height: height)
        buffer.fill(.frame, x: x + 1, y: y, width: width - 2, height: 1, with: "─")
        buffer.fill(.frame, x: x + 1, y: y + height - 1, width: width - 2, height: 1, with: "─")
        buffer.fill(.frame, x: x, y: y + 1, width: 1, height: height - 2, with: "│")
        buffer.fill(.frame, x: x + width - 1, y: y + 1, width: 1, height: height - 2, with: "│")
        buffer.put("┌", x: x, y: y, role: .frame)
        buffer.put("┐", x: x + width - 1, y: y, role: .frame)
        buffer.put("└", x: x, y: y + height - 1, role: .frame)
        buffer.put("┘", x: x + width - 1, y: y + height - 1, role: .frame)
    }
}
