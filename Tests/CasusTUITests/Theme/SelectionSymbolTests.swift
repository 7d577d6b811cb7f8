import CasusCore
import Testing

@testable import CasusTUI

@Suite("Selectie en beurt zijn niet alleen kleur")
struct SelectionSymbolTests {
    /// Every run of rows that draws the selected role (a wrapped option is one run) has ▸ on its
    /// first row: in mono the selection is reverse video, in colour a background, and neither
    /// survives a washed-out projector or a colour-blind eye alone.
    static func rowsWithoutMarker(_ buffer: CellBuffer) -> [String] {
        var missing: [String] = []
        var previousSelected = false
        for y in 0..<buffer.height {
            let selected = (0..<buffer.width).contains { buffer[$0, y].role == .selected }
            if selected && !previousSelected && !buffer.lines[y].contains("▸") { missing.append(buffer.lines[y]) }
            previousSelected = selected
        }
        return missing
    }

    @Test("in elke fase staat ▸ op de rij van de selectie en voor de groep die aan de beurt is", arguments: [(60, 18), (80, 24)])
    func everyStep(_ size: (Int, Int)) {
        let harness = PlayHarness()
        var checked = 0
        harness.playThrough { step in
            let buffer = harness.screen(size.0, size.1)
            #expect(Self.rowsWithoutMarker(buffer).isEmpty, "\(step)\n\(buffer.text)")
            if step != .afsluiting {
                // The header marks exactly one group, the one whose turn it is, with ▸ and the selected role.
                let header = buffer.lines[1...2].joined()
                #expect(header.filter { $0 == "▸" }.count == 1, "\(step)\n\(buffer.text)")
                let markedRow = (1...2).first { buffer.lines[$0].contains("▸") }
                #expect(markedRow.map { y in (0..<buffer.width).contains { buffer[$0, y].role == .selected } } == true)
                checked += 1
            }
        }
        #expect(checked > 5)
    }

    @Test("de cursor op een optie: ▸ voor het nummer, op dezelfde rij als de selectie")
    func optionCursor() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.down)
        let buffer = harness.screen(60, 18)
        let row = buffer.lines.firstIndex { $0.contains("▸2. ") }
        #expect(row != nil, "\(buffer.text)")
        #expect(Self.rowsWithoutMarker(buffer).isEmpty)
    }
}
