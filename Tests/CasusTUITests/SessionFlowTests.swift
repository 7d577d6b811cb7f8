import CasusCore
import CasusIO
import Foundation
import TestSupport
import Testing

@testable import CasusTUI

@Suite("Sessieverloop: meerdere casussen, inhoudswaarschuwing, veel groepen")
struct SessionFlowTests {
    @Test("na de afsluiting volgt de volgende casus met dezelfde groepen, in hetzelfde log")
    func severalCases() {
        let harness = PlayHarness(caseID: "een-eigen-plek-in-transvaal")
        harness.playThrough()
        harness.press(.enter)  // back to the library, next case highlighted
        #expect(harness.controller.model.screen == .library)
        #expect(harness.controller.model.browser.selected == 1)
        harness.press(.enter)
        #expect(harness.game.casus.id == "mantelzorg-voor-vader-in-escamp")
        #expect(harness.game.groups.map(\.name) == ["Team Laak", "Team Escamp"])
        let starts = harness.sink.events.filter { $0.type == "casus_start" }.map(\.caseID)
        #expect(starts == ["een-eigen-plek-in-transvaal", "mantelzorg-voor-vader-in-escamp"])
        #expect(harness.sink.events.count { $0.type == "sessie_start" } == 1)
        // Each case start names its file and the hash of its bytes.
        let first = harness.sink.events.first { $0.type == "casus_start" }!
        let file = PlayHarness.directory.path + "/een-eigen-plek-in-transvaal.json"
        #expect(first.data["bestand"] == .string(file))
        #expect(first.data["inhoud"] == .string(LoadedCase.hash(Array(readText(file).utf8))))
        #expect(LoadedCase.hash(Array("a".utf8)) == "af63dc4c8601ec8c")  // FNV-1a 64 reference value
    }

    @Test("zonder --groups: groepen en leervragen invullen op het startscherm")
    func setupScreen() {
        let harness = PlayHarness(caseID: nil, groups: nil)
        harness.press(.enter)
        #expect(harness.controller.model.screen == .setup)
        harness.press(.up, .up, .enter)  // edit the groups
        for _ in 0..<7 { harness.press(.backspace) }
        harness.type("Team Laak, Team Laak")
        harness.press(.enter, .down, .down, .enter)
        #expect(harness.controller.model.setup.problem == "De naam 'Team Laak' komt twee keer voor.")
        #expect(harness.screen(60, 18).text.contains("komt twee keer voor"))
        harness.press(.enter)
        for _ in 0..<4 { harness.press(.backspace) }
        harness.type("Escamp")
        harness.press(.enter, .down, .enter)
        harness.type("Hoe bereik je wie niet komt?")
        harness.press(.enter)
        harness.type("Wat is maatwerk?")
        harness.press(.save, .down, .enter)
        #expect(harness.controller.model.screen == .game)
        #expect(harness.game.config.groups == ["Team Laak", "Team Escamp"])
        #expect(harness.game.config.leervragen == ["Hoe bereik je wie niet komt?", "Wat is maatwerk?"])
        let start = harness.sink.events.first!
        #expect(start.type == "sessie_start")
        #expect(start.data["leervragen"] == .array([.string("Hoe bereik je wie niet komt?"), .string("Wat is maatwerk?")]))
        harness.playThrough()
        let end = harness.screen(160, 48).text
        #expect(end.contains("1. Wat gebeurde er?") && end.contains("2. Wat leerden we?") && end.contains("3. Wat doe ik maandag anders?"))
        #expect(end.contains("2. Wat is maatwerk? — nog niet besproken"))
        // The trainer marks each learning question in the debrief; each press is logged.
        harness.press(.character("2"), .character("2"), .character("1"))
        let judged = harness.screen(160, 48).text
        #expect(judged.contains("1. Hoe bereik je wie niet komt? — beantwoord"))
        #expect(judged.contains("2. Wat is maatwerk? — deels beantwoord"))
        #expect(
            harness.sink.events.filter { $0.type == "leervraag_beoordeeld" }.map { $0.data["status"] } == [
                .string("beantwoord"), .string("deels"), .string("beantwoord"),
            ])
        #expect(harness.controller.model.session?.leervraagStatus == [0: .beantwoord, 1: .deels])
    }

    @Test("eigen ijsberg bij de reflectie: alleen vragen op het scherm; het log zegt alleen dat hij getoond is")
    func ownIceberg() throws {
        let harness = PlayHarness()
        harness.playThrough(until: .reflectie)
        harness.press(.character("i"))
        let text = harness.screen(80, 24).text
        #expect(text.contains("Eigen ijsberg") && text.contains("Niets hiervan wordt vastgelegd"))
        harness.press(.escape, .character("i"), .escape)
        let shown = harness.sink.events.filter { $0.type == "ijsberg_getoond" }
        #expect(shown.count == 1 && shown[0].data.isEmpty)
        #expect(harness.game.step == .reflectie)
    }

    @Test("een casus met inhoudswaarschuwing: eerst de waarschuwing, s slaat de casus over")
    func contentNote() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
            .replacingOccurrences(
                of: #""verhaal": ["#, with: #""inhoudswaarschuwing": "Dit verhaal gaat over huiselijk geweld.", "verhaal": ["#)
        dir.write("proef-casus.json", text)
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(library.errorCount == 0)
        let sink = PlayHarness.MemorySink()
        var settings = PlaySettings()
        settings.groups = ["A"]
        settings.caseIndex = 0
        let controller = PlayRunner(library: library, strings: .nl, settings: settings, clock: { 0 }, openLog: { sink })
        var buffer = CellBuffer(width: 60, height: 18)
        controller.render(into: &buffer)
        #expect(buffer.text.contains("Inhoudswaarschuwing"))
        #expect(buffer.text.contains("huiselijk geweld"))
        #expect(buffer.lines.last == " Enter lezen  s casus overslaan  q stop")
        _ = controller.handle(.character("s"))
        #expect(controller.model.screen == .library)
        #expect(sink.events.map(\.type).suffix(1) == ["casus_overgeslagen"])
    }

    @Test("acht groepen passen ingekort in de kop op 60 kolommen")
    func eightGroups() {
        let names = (1...8).map { "Wijkteam \($0)" }
        let harness = PlayHarness(groups: names)
        harness.press(.enter, .enter, .enter)  // to the factors
        let lines = harness.screen(60, 18).lines
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        let header = lines[1] + lines[2]
        // The shared word goes; what tells the groups apart stays, with the turn marker.
        #expect(header.contains("▸1 "))
        #expect((2...8).allSatisfy { header.contains(" \($0) ") || header.hasSuffix(" \($0)") })
        #expect(!header.contains("Wij"))
    }
}
