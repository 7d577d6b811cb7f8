import Foundation
import TestSupport
import Testing

/// A case as a trainer runs it now, in the real binary: person cards, at most three
/// determining factors per side, the two-step reveal with an own approach the trainer
/// weighs, and the debrief with the learning questions — and the log and the report keep each.
@Suite("Het spel dat niet het tegendeel leert, in tmux")
struct GameDesignTests {
    @Test("kaarten, drie factoren per kant, spreiding dan expertmening, eigen aanpak gewogen, nabespreking; log en verslag")
    func wholeDesign() throws {
        let logs = TempDirectory("logs")
        let cases = FixedLibrary.make()
        let tmux = try Tmux(
            width: 100, height: 30,
            command: "\(Binary.path) --cases \(cases.path) --case een-eigen-plek-in-transvaal --vaste-volgorde --log-dir \(logs.path)")
        // Setup: two groups and one learning question.
        try tmux.firstScreen(expecting: "Start ▸")
        try tmux.press(["Up"], expecting: "Leervragen")
        try tmux.press(["Enter"], expecting: "Leervragen (één per regel")
        try tmux.type("Hoe vraag ik door zonder in te vullen?")
        try tmux.press(["C-s", "Up"], expecting: "Groepen")
        try tmux.press(["Enter"], expecting: "Groep 1")
        try tmux.press(Array(repeating: "BSpace", count: 7))
        try tmux.type("A, B")
        try tmux.press(["Enter", "Down", "Down"], expecting: "Start")
        try tmux.press(["Enter"], expecting: "Verhaal")

        // Person cards: what a professional could know, shown on p at any step.
        let cards = try tmux.press(["p"], expecting: "Wie is wie")
        #expect(cards.contains("Rohan Ramcharan · inwoner") && cards.contains("mbo-student ICT"))
        try tmux.press(["Escape", "Enter"], expecting: "Knelpunten")
        try tmux.press(["Enter", "Enter"], expecting: "Diversiteitsfactoren")

        // Group A tries four factors for the resident: the fourth is refused.
        let full = try tmux.press(["Space", "Down", "Space", "Down", "Space", "Down", "Space"], expecting: "3 van 3 gekozen")
        #expect(full.contains("vol: zet er eerst één uit"))
        try tmux.press(["Enter"], expecting: "▸B")
        try tmux.press(["Space", "Enter"], expecting: "Zichtbaar of onzichtbaar: voor wie, en wanneer?")
        try tmux.press(["z", "o", "z", "Enter"], expecting: "▸B")
        try tmux.press(["o", "Enter"], expecting: "onthulling")
        try tmux.press(["Enter"], expecting: "Pijler: Bereik")

        // A describes its own approach; B picks option 1. First the spread alone.
        try tmux.press(["a"], expecting: "Eigen aanpak van A")
        try tmux.type("We sturen Rohan een appje in zijn eigen woorden en vragen wanneer het hem uitkomt.")
        try tmux.press(["Escape"], expecting: "▸B")
        let spread = try tmux.press(["1", "Enter"], expecting: "Bereik, onthulling")
        #expect(spread.contains("Bespreek eerst de verschillen") && !spread.contains("✶") && !spread.contains(" pt"))
        #expect(spread.contains("eigen aanpak — A"))
        let expert = try tmux.press(["Enter"], expecting: "Expertmening per optie")
        #expect(expert.contains("✶"))
        // The trainer weighs the own approach: cursor on it (after the four options), 2 points, a reason.
        try tmux.press(["Down", "Down", "Down", "Down"], expecting: "nog te wegen")
        try tmux.press(["2"], expecting: "2 pt voor de eigen aanpak van A")
        try tmux.type("Sluit aan bij hoe Rohan zelf contact houdt.")
        try tmux.press(["Enter"], expecting: "2 pt van de trainer — Sluit aan bij hoe Rohan zelf contact houdt.")
        for pillar in ["Werkwijze", "Competenties", "Randvoorwaarden"] {
            try tmux.press(["Enter"], expecting: "Pijler: \(pillar)")
            try tmux.press(["1", "Enter"], expecting: "▸B")
            try tmux.press(["2", "Enter"], expecting: "\(pillar), onthulling")
            try tmux.press(["Enter"], expecting: "Expertmening per optie")
        }
        try tmux.press(["Enter"], expecting: "Reflectievragen")

        // The debrief walk; the trainer marks the learning question as answered.
        let end = try tmux.press(["Enter"], expecting: "3. Wat doe ik maandag anders?")
        #expect(end.contains("1. Wat gebeurde er?"))
        try tmux.press(["End"])
        try tmux.press(["1"], expecting: "Hoe vraag ik door zonder in te vullen? — beantwoord")
        try tmux.press(["r"], expecting: "Verslag geschreven")
        try tmux.press(["x"])
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)

        let log = try #require(try FileManager.default.contentsOfDirectory(atPath: logs.path).first { $0.hasSuffix(".jsonl") })
        let lines = readText(logs.path + "/" + log).split(separator: "\n").map(String.init)
        let types = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["type"] as? String ?? ""
        }
        #expect(types.filter { $0 == "onthulling_expert" }.count == 4)
        #expect(types.contains("eigen_aanpak") && types.contains("aanpak_beoordeeld") && types.contains("leervraag_beoordeeld"))
        let factorLine = try #require(lines.first { $0.contains(#""type":"factoren_vastgelegd""#) && $0.contains(#""groep":"A""#) })
        let data = try #require((try JSONSerialization.jsonObject(with: Data(factorLine.utf8)) as? [String: Any])?["data"] as? [String: Any])
        #expect((data["client"] as? [String])?.count == 3)

        let report = readText(logs.path + "/" + log.dropLast(".jsonl".count) + ".md")
        #expect(report.contains("eigen aanpak (2) — Sluit aan bij hoe Rohan zelf contact houdt."))
        #expect(report.contains("We sturen Rohan een appje in zijn eigen woorden"))
        #expect(report.contains("Hoe vraag ik door zonder in te vullen? — *beantwoord*"))
    }
}
