import CasusIO
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
        let cases = FixedLibrary.make()
        // The case's own option order, so the keys below pick known options.
        let tmux = try Tmux(
            width: 80, height: 24,
            command: "\(Binary.path) --cases \(cases.path) --case een-eigen-plek-in-transvaal --groups A,B --vaste-volgorde --log-dir \(logs.path)")
        try tmux.firstScreen(expecting: "Verhaal")
        try tmux.press(["Enter"], expecting: "Knelpunten")
        try tmux.press(["Space"], expecting: "1. De urgentieregeling")
        try tmux.press(["Enter", "Enter"], expecting: "Diversiteitsfactoren")
        // Group A marks seksualiteit (row 6) for the resident, group B leeftijd (row 7).
        try tmux.press(["Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expecting: "A√")
        try tmux.press(["Down", "Down", "Down", "Down", "Down", "Down", "Space", "Enter"], expecting: "Zichtbaar of onzichtbaar")
        try tmux.press(["o", "Enter"], expecting: "▸B")
        var screen = try tmux.press(["z", "Enter"], expecting: "onthulling")
        #expect(screen.contains("Wat de casus noemt"))
        screen = try tmux.press(["Enter"], expecting: "Pijler: Bereik")
        // Group A picks 1, group B passes; then the others: A 2, B 3.
        screen = try tmux.press(["1", "Enter"], expecting: "A√")
        screen = try tmux.press(["0", "Enter"], expecting: "Bereik, onthulling")
        #expect(screen.contains("█") && screen.contains("A"))
        // First the spread alone; Enter brings the expert view with the star and the points.
        #expect(!screen.contains("✶") && screen.contains("Bespreek eerst de verschillen"))
        screen = try tmux.press(["Enter"], expecting: "Expertmening per optie")
        #expect(screen.contains("Bereik, onthulling"))
        for pillar in ["Werkwijze", "Competenties", "Randvoorwaarden"] {
            try tmux.press(["Enter"], expecting: "Pijler: \(pillar)")
            try tmux.press(["2", "Enter"], expecting: "A√")
            try tmux.press(["3", "Enter"], expecting: "\(pillar), onthulling")
            try tmux.press(["Enter"], expecting: "Expertmening per optie")
        }
        try tmux.press(["Enter"], expecting: "Reflectievragen")
        try tmux.press(["n"], expecting: "Notitie van A")
        try tmux.sendLiteral("Rohan bepaalt zelf wat hij deelt — ‘regie’")
        try tmux.press(["Escape"], expecting: "A: Rohan bepaalt zelf")
        let end = try tmux.press(["Enter"], expecting: "Keuze per pijler en punten")
        #expect(end.contains("Sessielog:"))
        try tmux.quitGame()
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
        try tmux.firstScreen(expecting: "Enter kies casus")
        let setup = try tmux.press("Enter", expecting: "Enter bewerken/starten")
        #expect(setup.contains("Groep 1"))
        #expect(setup.contains("▸ Start ▸"))
        // The first case in the shipped library carries a content note: it comes before the story.
        let note = try tmux.press("Enter", expecting: "Inhoudswaarschuwing")
        #expect(note.contains("s casus overslaan"))
        let story = try tmux.press("Enter", expecting: "Verhaal")
        // The shipped library's first case, whatever its words: the story opens with its title.
        let first = try #require(LibraryLoader.load(paths: [PackagePaths.cases]).cases.first).casus
        #expect(story.contains(String(first.titel.prefix(20))), "\(story)")
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
        let screen = try tmux.firstScreen(expecting: "kan niet worden geschreven")
        #expect(screen.contains("z = zonder log verder spelen"))
        try tmux.press("Enter", expecting: "kan niet worden geschreven")  // any other key keeps the question up
        let story = try tmux.press("z", expecting: "Verhaal")
        #expect(!story.contains("kan niet worden geschreven"))
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
    }
}
