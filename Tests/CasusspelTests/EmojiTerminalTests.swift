import Foundation
import TestSupport
import Testing

/// Emoji in a real terminal (tmux 3.3a, ncursesw 6.4): what a cell can hold is drawn
/// whole, the rest as its visible stand-in, and the cell after a character that the
/// terminal draws narrower than the game reserves (❤️) is redrawn, never stale.
@Suite("Emoji in de terminal (tmux)")
struct EmojiTerminalTests {
    static let library = FixedLibrary.make()

    @Test("groepsnamen en een notitie met huidskleur, vlag, ZWJ-gezin en VS16: heel of zichtbaar vervangen, nooit weg")
    func emojiInGroupsAndNote() throws {
        let logs = TempDirectory("logs")
        let tmux = try Tmux(
            width: 100, height: 24,
            command:
                "\(Binary.path) --cases \(Self.library.path) --case mantelzorg-voor-vader-in-escamp --groups ❤️Hart,👍🏽Duim,🇳🇱NL --log-dir \(logs.path)"
        )
        // The hint line is drawn last: waiting for it avoids reading a half-drawn frame.
        let story = try tmux.waitFor(text: "n notitie")
        #expect(story.contains("❤️ Hart"))
        #expect(story.contains("👍+🏽Duim"))
        #expect(story.contains("[NL]NL"))
        // To the next phase: its name is longer, so every group label moves three columns to the right,
        // onto cells that held other letters a frame ago.
        try tmux.send("Enter")
        let next = try tmux.waitFor(text: "Spatie onthul")
        let header = try #require(next.split(separator: "\n").first { $0.contains("Knelpunten") && $0.contains("Hart") })
        #expect(header.contains("❤️ Hart"), "\(header)")
        #expect(header.contains("👍+🏽Duim") && header.contains("[NL]NL"), "\(header)")

        try tmux.send("n")
        _ = try tmux.waitFor(text: "Notitie van")
        try tmux.sendLiteral("Gezin 👩‍👩‍👧 en 🏳️‍🌈")
        // Keys arrive one by one: wait for the last of them.
        let editor = try tmux.waitFor(text: "+🌈")
        #expect(editor.contains("Gezin 👩+👩+👧 en 🏳️ +🌈"))
        try tmux.send("Escape")
        _ = try tmux.waitFor { !$0.contains("Notitie van") }
        let screen = try tmux.capture()
        #expect(!screen.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
        // The log keeps every emoji as typed.
        let log = try #require(try FileManager.default.contentsOfDirectory(atPath: logs.path).first)
        let text = readText(logs.path + "/" + log)
        #expect(text.contains("❤️Hart") && text.contains("👍🏽Duim") && text.contains("🇳🇱NL"))
        #expect(text.contains("Gezin 👩‍👩‍👧 en 🏳️‍🌈"))
    }
}
