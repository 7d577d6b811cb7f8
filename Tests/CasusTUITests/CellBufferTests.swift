import CasusCore
import Testing

@testable import CasusTUI

@Suite("Celbuffer, breedte en afbreken")
struct CellBufferTests {
    @Test("schrijft tekst en knipt af op de rechterrand, met een beletselteken")
    func clipsAtEdge() {
        var buffer = CellBuffer(width: 10, height: 2)
        let used = buffer.put("Diversiteit", x: 2, y: 0)
        #expect(used == 8)
        #expect(buffer.lines == ["  Diversi…", ""])
    }

    @Test("dubbelbrede tekens nemen twee cellen en worden niet half getekend")
    func wideCharacters() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.put("中文字", x: 0, y: 0)
        #expect(buffer.lines == ["中文…"])
        #expect(buffer[1, 0].text == "")
    }

    @Test("diakrieten, aanhalingstekens en euro tellen als één cel")
    func dutchText() {
        #expect(DisplayWidth.of("‘Één café’ €5") == 13)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute
    }

    struct Hostile: Sendable, CustomTestStringConvertible {
        let name: String
        let input: String
        let expected: String
        // The test's name, never its raw input: the runner prints names to the terminal.
        var testDescription: String { name }
    }

    @Test(
        "stuurtekens uit casusbestanden bereiken de terminal nooit rauw",
        arguments: [
            Hostile(name: "OSC 52 klembord", input: "titel\u{1B}]52;c;aGFjaw==\u{07}", expected: "titel^[]52;c;aGFjaw==\u{FFFD}"),
            Hostile(name: "scherm wissen", input: "a\u{1B}[2Jb", expected: "a^[[2Jb"),
            Hostile(name: "8-bit CSI", input: "c1\u{9B}31m", expected: "c1\u{FFFD}31m"),
            Hostile(name: "bidi-override", input: "rtl\u{202E}txt", expected: "rtltxt"),
            Hostile(name: "NUL", input: "nul\u{0}byte", expected: "nul\u{FFFD}byte"),
        ])
    func sanitizes(_ sample: Hostile) {
        let (input, expected) = (sample.input, sample.expected)
        #expect(SafeText.sanitize(input) == expected)
        var buffer = CellBuffer(width: 40, height: 1)
        buffer.put(input, x: 0, y: 0)
        let all = buffer.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
    }

    @Test("breekt Nederlandse tekst af op woordgrenzen binnen de breedte")
    func wraps() {
        let text = "Een dochter zorgt alleen voor haar vader met beginnende dementie."
        let lines = TextWrap.wrap(text, width: 20)
        #expect(lines == ["Een dochter zorgt", "alleen voor haar", "vader met beginnende", "dementie."])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test("een woord langer dan de regel wordt hard afgebroken")
    func wrapsLongWord() {
        #expect(TextWrap.wrap("arbeidsongeschiktheidsverzekering", width: 10) == ["arbeidsong", "eschikthei", "dsverzeker", "ing"])
        #expect(TextWrap.wrap("中中中", width: 1) == [""])
    }

    @Test("inkorten met beletselteken")
    func truncates() {
        #expect(TextWrap.truncate("Schulden en schaamte", width: 10) == "Schulden …")
        #expect(TextWrap.truncate("kort", width: 10) == "kort")
    }
}
