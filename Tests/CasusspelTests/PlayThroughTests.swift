import Foundation
import TestSupport
import Testing

/// A whole case played in a real terminal by two groups, then the log checked.
@Suite("Een hele casus spelen in tmux")
struct PlayThroughTests {
    func logLines(in directory: String) throws -> [[String: Any]] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }
        #expect(files.count == 1)
        let text = readText(directory + "/" + files[0])
        return try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("twee groepen spelen een casus uit; het log bevat hun keuzes en het programma eindigt met 0")
    func wholeCase() throws {
        let logs = TempDirectory("logs")
        let tmux = try Tmux(
            width: 80, height: 24, command: "\(Binary.path) --case een-eigen-plek-in-transvaal --groups A,B --log-dir \(logs.path)")
        func step(_ keys: [String], expect text: String) throws -> String {
            for key in keys { try tmux.send(key) }
            let screen = try tmux.waitFor(text: text)
            #expect(screen.contains(text), "wachtte op \(text):\n\(screen)")
            return screen
        }
        _ = try tmux.waitFor(text: "Verhaal")
        _ = try step(["Enter"], expect: "Knelpunten")
        _ = try step(["Space"], expect: "1. De urgentieregeling")
        _ = try step(["Enter", "Enter"], expect: "Diversiteitsfactoren")
        // Group A marks seksualiteit (row 6) for the resident, group B leeftijd (row 7).
        _ = try step(["Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expect: "A✓")
        _ = try step(["Down", "Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expect: "Zichtbaar of onzichtbaar")
        _ = try step(["o", "Enter"], expect: "B")
        var screen = try step(["z", "Enter"], expect: "onthulling")
        #expect(screen.contains("Wat de casus noemt"))
        screen = try step(["Enter"], expect: "Pijler: Bereik")
        // Group A picks 1, group B passes; then the others: A 2, B 3.
        screen = try step(["1", "Enter"], expect: "A✓")
        screen = try step(["0"], expect: "Bereik, onthulling")
        #expect(screen.contains("█") && screen.contains("A"))
        for pillar in ["Werkwijze", "Competenties", "Randvoorwaarden"] {
            _ = try step(["Enter"], expect: "Pijler: \(pillar)")
            _ = try step(["2", "Enter"], expect: "A✓")
            _ = try step(["3", "Enter"], expect: "\(pillar), onthulling")
        }
        _ = try step(["Enter"], expect: "Reflectievragen")
        _ = try step(["n"], expect: "Notitie van A")
        try tmux.sendLiteral("Rohan bepaalt zelf wat hij deelt — ‘regie’")
        _ = try step(["Escape"], expect: "A: Rohan bepaalt zelf")
        let end = try step(["Enter"], expect: "Scores per groep")
        #expect(end.contains("Sessielog:"))
        _ = try step(["q"], expect: "Stoppen?")
        try tmux.send("j")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalRestored())

        let events = try logLines(in: logs.path)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: logs.path).first)
        #expect(end.contains(file), "het eindscherm noemt het log")
        let types = events.compactMap { $0["type"] as? String }
        #expect(types.first == "sessie_start")
        #expect(types.last == "sessie_einde")
        #expect(types.contains("casus_einde"))
        let choices = events.filter { ["keuze", "pas"].contains($0["type"] as? String) }.map {
            "\($0["groep"]!) \($0["fase"]!) \(($0["data"] as! [String: Any])["optie"] ?? "pas")"
        }
        #expect(
            choices == [
                "A pijler:bereik 1", "B pijler:bereik pas",
                "A pijler:werkwijze 2", "B pijler:werkwijze 3",
                "A pijler:competenties 2", "B pijler:competenties 3",
                "A pijler:randvoorwaarden 2", "B pijler:randvoorwaarden 3",
            ])
        let marks = events.filter { $0["type"] as? String == "factoren_vastgelegd" }.map { $0["data"] as! [String: [String]] }
        #expect(marks.map { $0["client"]! } == [["seksualiteit"], ["leeftijd"]])
        #expect(marks.map { $0["professional"]! } == [[], []])
        let note = try #require(events.first { $0["type"] as? String == "notitie" })
        #expect((note["data"] as! [String: Any])["tekst"] as? String == "Rohan bepaalt zelf wat hij deelt — ‘regie’")
        #expect(events.allSatisfy { $0["sessie"] as? String == events[0]["sessie"] as? String && $0["tijd"] is String })
    }

    @Test("zonder opties: startscherm, casus kiezen, Enter, Enter en spelen")
    func newUser() throws {
        let logs = TempDirectory("logs")
        let tmux = try Tmux(width: 60, height: 18, command: "\(Binary.path) --log-dir \(logs.path)")
        _ = try tmux.waitFor(text: "Enter kies casus")
        try tmux.send("Enter")
        // The hint line is drawn last: waiting for it avoids reading a half-drawn frame.
        let setup = try tmux.waitFor(text: "Enter bewerken/starten")
        #expect(setup.contains("Groep 1"))
        #expect(setup.contains("▸ Start ▸"))
        try tmux.send("Enter")
        // The first case in the shipped library carries a content note: it comes before the story.
        let note = try tmux.waitFor(text: "Inhoudswaarschuwing")
        #expect(note.contains("s casus overslaan"))
        try tmux.send("Enter")
        let story = try tmux.waitFor(text: "Verhaal")
        #expect(story.contains("Mijn vriendin"))
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
    }
}

@Suite("Sessielog dat niet geschreven kan worden")
struct LogFailureTests {
    @Test("het spel zegt het voordat er gespeeld wordt; z speelt bewust zonder log verder")
    func unwritableLogDirectory() throws {
        let tmux = try Tmux(
            width: 80, height: 24, command: "\(Binary.path) --case een-eigen-plek-in-transvaal --groups A --log-dir /dev/null/sessies")
        let screen = try tmux.waitFor(text: "kan niet worden geschreven")
        #expect(screen.contains("z = zonder log verder spelen"))
        try tmux.send("Enter")  // any other key keeps the question up
        _ = try tmux.waitFor(text: "kan niet worden geschreven")
        try tmux.send("z")
        _ = try tmux.waitFor(text: "Verhaal")
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
    }
}
