import CasusCore
import Testing

@testable import CasusTUI

/// ncursesw keeps one spacing character and at most four zero-width ones per cell
/// (CCHARW_MAX 5 in Debian's ncurses 6.4; `setcchar` stops at the first character
/// with a width). Emoji sequences that fit are drawn whole; the others get a visible
/// stand-in that keeps every part (never a different emoji); nothing but control and
/// bidi characters is removed.
@Suite("Emoji in de celbuffer")
struct EmojiCellTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        /// What the cells hold, in order ("" for the right half of a wide character).
        let cells: [String]
        var testDescription: String { name }
    }

    @Test(
        "elk emoji heel of met een zichtbare vervanging die alle delen houdt",
        arguments: [
            Sample(name: "hart met VS16 past in één cel", text: "❤️", cells: ["❤️", ""]),
            Sample(name: "duim met huidskleur", text: "👍🏽", cells: ["👍", "", "+", "🏽", ""]),
            Sample(name: "vlag van Nederland", text: "🇳🇱", cells: ["[", "N", "L", "]"]),
            Sample(name: "gezin met ZWJ", text: "👩‍👩‍👧", cells: ["👩", "", "+", "👩", "", "+", "👧", ""]),
            Sample(name: "toetsdop past in één cel", text: "1️⃣", cells: ["1️⃣", ""]),
            Sample(name: "e met accent (ontbonden)", text: "e\u{301}", cells: ["e\u{301}"]),
            Sample(name: "Schotse vlag (tags)", text: "🏴󠁧󠁢󠁳󠁣󠁴󠁿", cells: ["[", "G", "B", "-", "S", "C", "T", "]"]),
            Sample(name: "regenboogvlag", text: "🏳️‍🌈", cells: ["🏳️", "", "+", "🌈", ""]),
            // What a note holds while 👩‍👩‍👧 is being typed: a joiner never reaches the terminal at the end of a cell.
            Sample(name: "half getypt gezin", text: "👩\u{200D}", cells: ["👩", ""]),
        ])
    func drawn(_ sample: Sample) {
        var buffer = CellBuffer(width: 20, height: 1)
        let used = buffer.put(sample.text, x: 0, y: 0)
        #expect(used == sample.cells.count)
        #expect(Array(buffer.cells.prefix(sample.cells.count).map(\.text)) == sample.cells)
        #expect(used == DisplayWidth.ofDrawn(sample.text))
        // Every cell fits what ncursesw keeps: one spacing character, at most four zero-width ones.
        for cell in buffer.cells where !cell.text.isEmpty {
            #expect(
                cell.text.count == 1 && CellText.fits(Character(cell.text)),
                "\(cell.text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("alleen stuur- en bidi-tekens verdwijnen; ZWJ, variatiekiezers en huidskleuren blijven in de tekst")
    func onlyControlAndBidiRemoved() {
        #expect(SafeText.sanitize("👩‍👩‍👧 👍🏽 ❤️ 🇳🇱") == "👩‍👩‍👧 👍🏽 ❤️ 🇳🇱")
        #expect(SafeText.sanitize("a\u{202E}b\u{2066}c\u{200F}") == "abc")
        #expect(SafeText.forTerminal("Team 👩‍👩‍👧\u{1B}[2J") == "Team 👩‍👩‍👧^[[2J")
    }

    @Test("validate waarschuwt niet meer voor ZWJ in emoji, wel voor wat de terminal niet heel kan tonen")
    func validatorWarnings() {
        let family = TextCheck.problems(in: "Gezin 👩‍👩‍👧")
        #expect(!family.contains { if case .invisibleCharacter = $0.0 { true } else { false } })
        #expect(family.contains { $0.0 == .cannotDrawWhole("👩‍👩‍👧", standIn: "👩+👩+👧") && $0.1 == .warning })
        #expect(TextCheck.problems(in: "Hart ❤️ en e\u{301}").isEmpty)
        #expect(TextCheck.problems(in: "Duim 👍🏽").map(\.0) == [.cannotDrawWhole("👍🏽", standIn: "👍+🏽")])
        // A joiner outside an emoji still hides something: still a warning.
        #expect(TextCheck.problems(in: "ab\u{200D}cd").map(\.0) == [.invisibleCharacter(0x200D)])
        #expect(TextCheck.problems(in: "Vlag 🇳🇱").map(\.0) == [.cannotDrawWhole("🇳🇱", standIn: "[NL]")])
        #expect(TextCheck.problems(in: "ab\u{202E}cd").map(\.0) == [.invisibleCharacter(0x202E)])
    }

    /// glibc's wcwidth for the characters used here (measured: ❤ U+2764 is 1, 中 is 2).
    static func glibcWidth(_ scalar: UInt32) -> Int32 { scalar == 0x4E2D ? 2 : 1 }

    @Test("de cel na een breed of VS16-teken wordt altijd opnieuw getekend")
    func cellAfterWideRedrawn() {
        var previous = CellBuffer(width: 4, height: 1)
        previous.put("abcd", x: 0, y: 0)
        var next = CellBuffer(width: 4, height: 1)
        next.put("❤️", x: 0, y: 0)
        // The terminal may draw ❤️ one cell wide (tmux, VTE): the cell after it is written, as a blank.
        let writes = CursesScreen.cellsToWrite(next, previous: previous, cursesWidth: Self.glibcWidth)
        #expect(writes.contains { $0.x == 1 && $0.text == " " })
        #expect(writes.contains { $0.x == 0 && $0.text == "❤️" })
        // A real wide character: curses clears its right half itself.
        var wide = CellBuffer(width: 4, height: 1)
        wide.put("中", x: 0, y: 0)
        #expect(!CursesScreen.cellsToWrite(wide, previous: previous, cursesWidth: Self.glibcWidth).contains { $0.x == 1 })
        // Unchanged since the last frame: nothing to write, the blank included.
        #expect(CursesScreen.cellsToWrite(next, previous: next, cursesWidth: Self.glibcWidth).isEmpty)
    }
}
