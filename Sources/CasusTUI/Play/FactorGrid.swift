import CasusCore

/// The factor step on a projector's small screen: the taxonomy in two columns, so all twelve
/// factors of both sides are in view without scrolling. ↑↓ still walk the list in its order
/// (down the left column, then the right); ←→ switch between the resident's and the
/// professional's box.
enum FactorGrid {
    static func page(_ game: Game, group: Int, cursor: Int, _ s: PlayStrings, _ f: FactorStrings, width: Int) -> Page {
        var page = Page(width: width)
        let progress = game.groups[group]
        let factoren = game.taxonomy.factoren
        let rows = (factoren.count + 1) / 2
        let columnWidth = width / 2
        let nameWidth = columnWidth - 11
        page.text(f.prompt(game.markCap), role: .muted)
        let boxes = s.sideClientShort + " " + s.sideProfessionalShort
        page.segments([(pad("  " + boxes, columnWidth) + "  " + boxes, .heading)])
        for row in 0..<rows {
            var segments: [(String, Role)] = []
            for index in [row, row + rows] where factoren.indices.contains(index) {
                let isRow = index == cursor / 2
                segments.append((isRow ? "▸ " : "  ", .accent))
                for (column, kant) in [Kant.client, .professional].enumerated() {
                    let marked = progress.marks.contains(FactorMark(kant: kant, factor: factoren[index].id))
                    let isCursor = isRow && column == cursor % 2 && !progress.factorsLocked
                    segments.append((marked ? "[x]" : "[ ]", isCursor ? .selected : (marked ? .accent : .body)))
                    segments.append((" ", .body))
                }
                let name = TextWrap.truncate(factoren[index].naam, width: nameWidth)
                segments.append((pad(name, nameWidth + (index < rows ? 1 : 0)), isRow ? .heading : .body))
            }
            if cursor / 2 % rows == row { page.focused { $0.segments(segments) } } else { page.segments(segments) }
        }
        page.blank()
        let counts = Kant.allCases.map { kant in
            f.chosen(kant == .client ? s.sideClient : s.sideProfessional, game.markCount(group, side: kant), game.markCap)
        }
        let full = Kant.allCases.contains { game.markCount(group, side: $0) >= game.markCap } && !progress.factorsLocked
        page.text(counts.joined(separator: " · ") + (full ? " — " + f.capReached : ""), role: full ? .warning : .muted)
        return page
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.ofDrawn(text)))
    }
}
