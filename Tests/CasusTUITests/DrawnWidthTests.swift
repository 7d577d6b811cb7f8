import CasusCore
import Foundation
import Testing

@testable import CasusTUI

/// Padding and alignment measure what is drawn (the sanitised text, with its
/// visible stand-ins), not the raw text: a group name with control characters
/// must not shift a column.
@Suite("Breedte van wat getekend wordt")
struct DrawnWidthTests {
    @Test("stuurtekens tellen zoals ze getekend worden; bidi-tekens tellen niet")
    func ofDrawn() {
        #expect(DisplayWidth.ofDrawn("A\u{1B}]0;x\u{07}B") == 9)  // A^[]0;x�B
        #expect(DisplayWidth.ofDrawn("\u{202E}abc") == 3)
        #expect(DisplayWidth.ofDrawn("Team \u{9B}31m") == 9)
        #expect(DisplayWidth.ofDrawn("‘Één café’ €5") == 13)
        for text in ["A\u{1B}]0;x\u{07}B", "\u{202E}abc", "Team \u{9B}31m\u{0}", "👍🏽 🇳🇱 👩‍👩‍👧 ❤️ 中"] {
            var buffer = CellBuffer(width: 60, height: 1)
            #expect(buffer.put(text, x: 0, y: 0) == DisplayWidth.ofDrawn(text))
        }
    }

    @Test("de scoretabel op het eindscherm blijft recht met stuurtekens in een groepsnaam")
    func scoreTableAligned() {
        let harness = PlayHarness(groups: ["A\u{1B}]0;PWNED\u{07}\u{9B}", "Team\u{202E} Escamp"])
        harness.playThrough()
        let buffer = harness.screen(160, 48)
        let lines = buffer.lines
        let header = try! #require(lines.firstIndex { $0.contains("groep") && $0.contains("factoren") && $0.contains("totaal") })
        // The header's columns, in cells: every score row has its numbers start exactly there.
        let columns = ["factoren", "zichtb.", "totaal"].map { word in column(of: word, in: buffer, row: header) }
        for row in (header + 1)...(header + 2) {
            for x in columns {
                #expect(buffer[x, row].text.first?.isNumber == true, "rij \(row), kolom \(x)")
                #expect(buffer[x - 1, row].text == " ", "rij \(row), kolom \(x - 1)")
            }
        }
    }

    @Test("de teksttabellen van sessies en statistiek blijven recht, ook met stuurtekens, bidi en vlaggen")
    func textTableAligned() {
        let names = ["Team \u{1B}]0;PWNED\u{07}Laak", "Team\u{202E} Escamp", "Team \u{9B}31m🇳🇱", "Gezin 👩‍👩‍👧 👍🏽"]
        let table = TextTable.render(header: ["GROEP", "PUNTEN"], rows: names.map { [$0, "12"] })
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == names.count + 2)
        // In the columns a terminal gives the printed text: every row's second column starts under the header's.
        let start = lines[0].range(of: "PUNTEN").map { DisplayWidth.of(String(lines[0][..<$0.lowerBound])) }
        for line in lines.dropFirst(2) {
            let at = line.range(of: "12").map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
            #expect(at == start)
        }
    }

    /// The cell column where `word` starts on `row`.
    func column(of word: String, in buffer: CellBuffer, row: Int) -> Int {
        let cells = (0..<buffer.width).map { buffer[$0, row].text }
        for x in 0..<buffer.width where cells[x...].prefix(word.count).joined() == word { return x }
        return -1
    }
}
