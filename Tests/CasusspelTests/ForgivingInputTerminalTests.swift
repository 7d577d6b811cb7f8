import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Input that forgives, in a real terminal: a stray `0`, a reopened choice, a refused
/// key's reason, an unknown escape sequence, and the timer a resumed session finds.
@Suite("Vergevingsgezinde invoer in tmux")
struct ForgivingInputTerminalTests {
    func events(_ directory: String) throws -> [[String: Any]] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }
        let text = try #require(files.first.map { readText(directory + "/" + $0) })
        return try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func game(_ logs: TempDirectory, _ cases: TempDirectory) -> String {
        "\(Binary.path) --cases \(cases.path) --case een-eigen-plek-in-transvaal --groups A,B --vaste-volgorde --log-dir \(logs.path)"
    }

    /// From the story to the first dilemma, with fixed answers.
    func toFirstPillar(_ tmux: Tmux) throws {
        try tmux.firstScreen(expecting: "Verhaal")
        try tmux.press(["Enter"], expecting: "Knelpunten")
        try tmux.press(["Enter"], expecting: "Enter nogmaals om door te gaan")
        try tmux.press(["Enter"], expecting: "Diversiteitsfactoren")
        try tmux.press(["Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expecting: "A√")
        try tmux.press(["Down", "Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expecting: "Zichtbaar of onzichtbaar")
        try tmux.press(["o", "Enter"], expecting: "▸B")
        try tmux.press(["z", "Enter"], expecting: "onthulling")
        try tmux.press(["Enter"], expecting: "Pijler: Bereik")
    }

    @Test("een verdwaalde 0 is een selectie: een cijfer verandert hem vóór Enter, en alleen Enter legt vast")
    func strayZero() throws {
        let logs = TempDirectory("logs")
        let cases = FixedLibrary.make()
        let tmux = try Tmux(width: 80, height: 24, command: game(logs, cases))
        try toFirstPillar(tmux)
        let selected = try tmux.press(["0"], expecting: "▸0. pas")
        #expect(!selected.contains("A√"), "0 alleen legt niets vast")
        try tmux.press(["2"], expecting: "▸2.")
        try tmux.press(["Enter"], expecting: "A√")
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
        let choices = try events(logs.path).filter { ["keuze", "pas"].contains($0["type"] as? String) }
        #expect(choices.count == 1 && choices[0]["type"] as? String == "keuze" && choices[0]["groep"] as? String == "A")
        #expect((choices[0]["data"] as? [String: Any])?["optie"] as? Int == 2)
    }

    @Test("de trainer heropent de vastgelegde keuze van een groep; een geweigerde toets zegt waarom")
    func reopenAndRefusal() throws {
        let logs = TempDirectory("logs")
        let cases = FixedLibrary.make()
        let tmux = try Tmux(width: 80, height: 24, command: game(logs, cases))
        try toFirstPillar(tmux)
        try tmux.press(["1", "Enter"], expecting: "▸B")
        try tmux.press(["BTab"], expecting: "▸A√")
        let refused = try tmux.press(["3"], expecting: "A heeft al vastgelegd; w heropent de keuze")
        #expect(refused.split(separator: "\n").last?.contains("A heeft al vastgelegd") == true, "in de toetsenregel")
        let reopened = try tmux.press(["w"], expecting: "Keuze van A heropend")
        #expect(!reopened.contains("A√") && reopened.contains("▸A"))
        try tmux.press(["3", "Enter"], expecting: "A√")
        try tmux.press(["2", "Enter"], expecting: "Bereik, onthulling")
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
        let all = try events(logs.path)
        let types = all.compactMap { $0["type"] as? String }
        let reopen = try #require(all.first { $0["type"] as? String == "keuze_heropend" })
        #expect(reopen["groep"] as? String == "A" && reopen["fase"] as? String == "pijler:bereik" && reopen["v"] as? Int == 4)
        let chosen = all.filter { $0["type"] as? String == "keuze" && $0["groep"] as? String == "A" }
        #expect(chosen.compactMap { ($0["data"] as? [String: Any])?["optie"] as? Int } == [1, 3])
        #expect(types.firstIndex(of: "keuze_heropend")! < types.lastIndex(of: "keuze")!)
        let reveal = try #require(all.first { $0["type"] as? String == "onthulling_pijler" })
        #expect((reveal["data"] as? [String: Any])?["verdeling"] as? [Int] == [0, 1, 1, 0], "de heropende keuze telt niet mee")
    }

    @Test("een onbekende escape-reeks op het startscherm stopt het programma niet; q wel")
    func unknownSequence() throws {
        let cases = FixedLibrary.make()
        let tmux = try Tmux(width: 60, height: 18, command: "\(Binary.path) --cases \(cases.path)")
        try tmux.firstScreen(expecting: "q stop")
        try tmux.sendSequence("\u{1B}[99~")
        let screen = try tmux.settle()
        #expect(screen.contains("Onbekende toets genegeerd"), "\(screen)")
        #expect(!screen.contains("EXIT="))
        let esc = try tmux.press(["Escape"], expecting: "Esc stopt niet")
        #expect(!esc.contains("EXIT="))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test("hervatten zet de timer op de tijd die over was, niet op de volle tijd van de fase")
    func resumedTimer() throws {
        let logs = TempDirectory("logs")
        let cases = FixedLibrary.make()
        let first = try Tmux(width: 80, height: 24, command: game(logs, cases))
        try first.firstScreen(expecting: "Verhaal")
        let paused = try first.press(["t"], expecting: "‖")
        let shown = try #require(Self.timer(in: paused))
        let expected = shown - 60
        try first.press(["-"], expecting: "‖ " + Self.clock(expected))
        let pid = try #require(first.programPID)
        kill(pid, SIGKILL)
        // The shell's "EXIT=137" can wrap at the right edge, after the killed program's last frame.
        let after = try first.waitFor { $0.replacingOccurrences(of: "\n", with: "").contains("EXIT=137") }
        #expect(after.replacingOccurrences(of: "\n", with: "").contains("EXIT=137"), "\(after)")

        let second = try Tmux(width: 80, height: 24, command: "\(Binary.path) play --resume --cases \(cases.path) --log-dir \(logs.path)")
        try second.firstScreen(expecting: "Sessie hervat")
        let back = try second.press(["x"], expecting: "Verhaal")
        #expect(back.contains("‖ " + Self.clock(expected) + " pauze"), "\(back)")
        try second.quitGame()
        #expect(try second.exitStatus() == 0)
        let timers = try events(logs.path).filter { $0["type"] as? String == "timer" }
        #expect(timers.compactMap { ($0["data"] as? [String: Any])?["over"] as? Int }.prefix(2) == [shown, expected])
    }

    /// The seconds on the paused timer ("‖ 09:58 pauze").
    static func timer(in screen: String) -> Int? {
        guard let range = screen.range(of: "‖ ") else { return nil }
        let digits = screen[range.upperBound...].prefix(5).split(separator: ":").compactMap { Int($0) }
        return digits.count == 2 ? digits[0] * 60 + digits[1] : nil
    }

    static func clock(_ seconds: Int) -> String {
        String(format: "%02d:%02d", seconds / 60, seconds % 60)
    }
}
