import Foundation
import TestSupport
import Testing

/// A laptop dies mid-session: the real binary is killed and picked up again with --resume.
@Suite("Hervatten na een crash, in tmux")
struct ResumeTests {
    func events(_ path: String) throws -> [[String: Any]] {
        try readText(path).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func logFiles(_ logs: TempDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: logs.path).filter { $0.hasSuffix(".jsonl") }.map { logs.path + "/" + $0 }
    }

    @Test("SIGKILL midden in een pijler; --resume brengt scherm, groep en alle eerdere keuzes terug; r schrijft het verslag")
    func killAndResume() throws {
        let logs = TempDirectory("logs")
        let cases = FixedLibrary.make()
        let first = try Tmux(
            width: 80, height: 24,
            command:
                "\(Binary.path) --cases \(cases.path) --case een-eigen-plek-in-transvaal --groups A,B --vaste-volgorde --log-dir \(logs.path) --training \"Dag 1\"")
        try first.firstScreen(expecting: "Verhaal")
        try first.press(["Enter", "Enter", "Enter"], expecting: "Diversiteitsfactoren")
        try first.press(["Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expecting: "A√")
        try first.press(["Down", "Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expecting: "Zichtbaar of onzichtbaar")
        try first.press(["o", "Enter"], expecting: "▸B")
        try first.press(["z", "Enter"], expecting: "onthulling")
        try first.press(["Enter"], expecting: "Pijler: Bereik")
        try first.press(["1", "Enter"], expecting: "A√")
        try first.press(["0", "Enter"], expecting: "Bereik, onthulling")
        try first.press(["Enter"], expecting: "Expertmening per optie")
        try first.press(["Enter"], expecting: "Pijler: Werkwijze")
        let before = try first.press(["2", "Enter"], expecting: "▸B")
        #expect(before.contains("A√"))
        let pid = try #require(first.programPID)
        kill(pid, SIGKILL)
        let status = try first.exitStatus()
        let after = try first.capture()
        #expect(status == 137, "\(after)")
        let log = try #require(try logFiles(logs).first)
        let sizeBefore = try events(log).count

        let second = try Tmux(
            width: 80, height: 24, command: "\(Binary.path) play --resume --cases \(cases.path) --log-dir \(logs.path)")
        let notice = try second.firstScreen(expecting: "Sessie hervat")
        #expect(notice.contains("hervat: \(sizeBefore)"))
        let back = try second.press("x", expecting: "1-4 kies")
        #expect(!back.contains("Sessie hervat"))
        #expect(back.contains("Pijler: Werkwijze"))
        #expect(back.contains("A√") && back.contains("▸B"))
        #expect(back.contains("‖"), "de timer staat op pauze")
        // B chooses; the reveal shows A's choice from before the crash next to B's.
        let reveal = try second.press(["3", "Enter"], expecting: "Werkwijze, onthulling")
        #expect(reveal.split(separator: "\n").contains { $0.contains("█") && $0.hasSuffix("  A") })
        try second.press(["Enter"], expecting: "Expertmening per optie")
        for pillar in ["Competenties", "Randvoorwaarden"] {
            try second.press(["Enter"], expecting: "Pijler: \(pillar)")
            try second.press(["2", "Enter"], expecting: "A√")
            try second.press(["3", "Enter"], expecting: "\(pillar), onthulling")
            try second.press(["Enter"], expecting: "Expertmening per optie")
        }
        try second.press(["Enter"], expecting: "Reflectievragen")
        let end = try second.press(["Enter"], expecting: "r verslag")
        #expect(end.contains("Keuze per pijler en punten"))
        let written = try second.press(["r"], expecting: "Verslag geschreven")
        #expect(written.contains(".md"))
        let base = String(log.dropLast(".jsonl".count))
        let markdown = readText(base + ".md")
        #expect(markdown.contains("**Training:** Dag 1"))
        #expect(markdown.contains("- A: optie 1") && markdown.contains("- B: gepast (0)"), "keuzes van voor de crash staan in het verslag")
        #expect(markdown.contains("1 keer onderbroken en hervat"), "het verslag zegt dat de sessie hervat is")
        #expect(readText(base + ".html").contains("<h2>1. Een eigen plek</h2>"))
        let closed = try second.press("x")
        #expect(!closed.contains("Verslag geschreven"))
        try second.quitGame()
        #expect(try second.exitStatus() == 0)

        // One log, continued: nothing lost, nothing doubled.
        #expect(try logFiles(logs).count == 1)
        let all = try events(log)
        let types = all.compactMap { $0["type"] as? String }
        #expect(types.filter { $0 == "sessie_start" }.count == 1)
        #expect(types[sizeBefore] == "sessie_hervat")
        let choices = all.filter { ["keuze", "pas"].contains($0["type"] as? String) }.map { "\($0["groep"]!) \($0["fase"]!)" }
        #expect(choices.count == 8 && Set(choices).count == 8)
    }

    @Test("laatste logregel half geschreven: hervatten laadt tot de laatste hele regel, zegt dat, en schrijft netjes verder")
    func truncatedLastLine() throws {
        let logs = TempDirectory("logs")
        let cases = TempDirectory.proefLibrary()
        let lines = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl").split(separator: "\n")
        let cut = try #require(lines.firstIndex { $0.contains(#""tekst":"Eigen beeld toetsen""#) }) + 1
        let partial = String(lines[cut].prefix(57))
        let path = logs.write("20261120-091000-a1b2.jsonl", lines.prefix(cut).joined(separator: "\n") + "\n" + partial)

        let tmux = try Tmux(width: 80, height: 24, command: "\(Binary.path) play --resume --log-dir \(logs.path) --cases \(cases.path)")
        let notice = try tmux.firstScreen(expecting: "half geschreven")
        #expect(notice.contains("57 bytes"))
        let screen = try tmux.press("x", expecting: "Wacht op:")
        #expect(!screen.contains("half geschreven"))
        #expect(screen.contains("Pijler: Competenties") && screen.contains("▸Team <Escamp> & co"))
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)

        // The half line is gone; every line parses; the resume and the stop follow the last whole event.
        let all = try events(path)
        #expect(all.count == cut + 2)
        #expect(all[cut]["type"] as? String == "sessie_hervat")
        #expect(all[cut + 1]["type"] as? String == "sessie_einde")
        #expect(!readText(path).contains(partial + "{"))
    }

    @Test("hervat midden in de factoren: de groep die nog niet had vastgelegd hoort dat ze opnieuw kiest")
    func unconfirmedMarks() throws {
        let logs = TempDirectory("logs")
        let cases = TempDirectory.proefLibrary()
        let lines = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl").split(separator: "\n")
        // Up to Team Laak's locked factors; Team <Escamp> & co had not pressed Enter yet.
        let cut = try #require(lines.firstIndex { $0.contains(#""type":"factoren_vastgelegd""#) }) + 1
        logs.write("20261120-091000-a1b2.jsonl", lines.prefix(cut).joined(separator: "\n") + "\n")
        let tmux = try Tmux(width: 80, height: 24, command: "\(Binary.path) play --resume --log-dir \(logs.path) --cases \(cases.path)")
        let notice = try tmux.firstScreen(expecting: "Sessie hervat")
        #expect(notice.contains("nog niet met Enter"))
        let screen = try tmux.press("x", expecting: "Wacht op:")
        #expect(!screen.contains("Sessie hervat"))
        #expect(screen.contains("Diversiteitsfactoren") && screen.contains("Team Laak√") && screen.contains("▸Team <Escamp> & co"))
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
    }

    @Test("een log van een nieuwere formaatversie wordt geweigerd voordat het scherm opent")
    func newerVersion() throws {
        let logs = TempDirectory("logs")
        logs.write(
            "20261120-091000-a1b2.jsonl", readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl").replacing(#""v":2"#, with: #""v":7"#))
        let result = try ProcessRunner.run(Binary.path, ["play", "--resume", "20261120", "--log-dir", logs.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("formaatversie 7"))
        let empty = TempDirectory("leeg")
        let none = try ProcessRunner.run(Binary.path, ["play", "--resume", "--log-dir", empty.path])
        #expect(none.status == 1 && none.stderr.contains("geen onderbroken sessie"))
    }

    @Test("terugkijken in een echte terminal: bladeren, stoppen, terminal hersteld")
    func replay() throws {
        let logs = TempDirectory("logs")
        let cases = TempDirectory.proefLibrary()
        logs.write("20261120-091000-a1b2.jsonl", readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl"))
        let tmux = try Tmux(
            width: 60, height: 18, command: "\(Binary.path) terugkijken 20261120 --log-dir \(logs.path) --cases \(cases.path)")
        try tmux.firstScreen(expecting: "Terugkijken 1/")
        try tmux.press("Right", expecting: "Terugkijken 2/")
        let end = try tmux.press("End", expecting: "Afsluiting")
        #expect(end.contains("Keuze per pijler en punten"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalRestored())
    }
}
