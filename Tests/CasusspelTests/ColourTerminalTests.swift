import Foundation
import TestSupport
import Testing

/// Colour themes need 256 colours; every other terminal gets mono. Checked on the colours the
/// program really sends (tmux's `capture-pane -e`), not on the theme table.
@Suite("Kleur in de terminal: 256 kleuren of mono")
struct ColourTerminalTests {
    static let library = FixedLibrary.make()

    /// The colours in a capture's SGR sequences: palette indices (38;5;N / 48;5;N) and basic
    /// colours (30–37, 40–47, 90–97, 100–107), whose RGB depends on the terminal's scheme.
    static func colours(in styled: String) throws -> (palette: Set<Int>, basic: Set<Int>, reverse: Bool) {
        var palette = Set<Int>(), basic = Set<Int>(), reverse = false
        for match in styled.matches(of: try Regex(#"\e\[([0-9;]*)m"#)) {
            let parameters = (match.output[1].substring ?? "").split(separator: ";").compactMap { Int($0) }
            var index = 0
            while index < parameters.count {
                let p = parameters[index]
                if (p == 38 || p == 48) && index + 2 < parameters.count && parameters[index + 1] == 5 {
                    palette.insert(parameters[index + 2])
                    index += 3
                    continue
                }
                if (30...37).contains(p) || (40...47).contains(p) || (90...97).contains(p) || (100...107).contains(p) { basic.insert(p) }
                if p == 7 { reverse = true }
                index += 1
            }
        }
        return (palette, basic, reverse)
    }

    @Test("de parser herkent paletkleuren, basiskleuren en omgekeerde weergave")
    func parser() throws {
        let found = try Self.colours(in: "\u{1B}[38;5;34m\u{1B}[1;7;31m\u{1B}[48;5;226;1mx\u{1B}[39;49m")
        #expect(found.palette == [34, 226])
        #expect(found.basic == [31])
        #expect(found.reverse)
    }

    @Test(
        "met 256 kleuren: alleen paletkleuren 16–255, de eigen kleuren van het thema",
        arguments: [("projector", [16, 226, 255]), ("donker", [235, 254]), ("licht", [18, 231])])
    func colourThemes(_ theme: String, _ expected: [Int]) throws {
        let tmux = try Tmux(
            width: 80, height: 24, command: "\(Binary.path) --cases \(Self.library.path) --theme \(theme)",
            // NO_COLOR may come from the test runner's environment; empty means unset.
            environment: ["TERM": "xterm-256color", "NO_COLOR": ""])
        try tmux.firstScreen(expecting: "Enter kies casus")
        let styled = try tmux.tmux(["capture-pane", "-p", "-e", "-t", "T"])
        let found = try Self.colours(in: styled)
        #expect(found.basic.isEmpty, "\(found)")
        #expect(found.palette.allSatisfy { $0 >= 16 }, "\(found)")
        #expect(found.palette.isSuperset(of: expected), "\(found) \(styled.prefix(300).debugDescription)")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test("minder dan 256 kleuren (TERM=xterm, screen): mono zonder fout, selectie omgekeerd", arguments: ["xterm", "screen"])
    func fewColours(_ term: String) throws {
        let tmux = try Tmux(
            width: 80, height: 24, command: "\(Binary.path) --cases \(Self.library.path) --theme projector",
            environment: ["TERM": term, "NO_COLOR": ""])
        let screen = try tmux.firstScreen(expecting: "Enter kies casus")
        #expect(screen.contains("▸ 1. "))
        let found = try Self.colours(in: tmux.tmux(["capture-pane", "-p", "-e", "-t", "T"]))
        #expect(found.basic.isEmpty && found.palette.isEmpty, "\(found)")
        #expect(found.reverse)
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
