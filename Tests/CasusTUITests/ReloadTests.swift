import CasusCore
import CasusIO
import TestSupport
import Testing

@testable import CasusTUI

@Suite("R: casus opnieuw inlezen tijdens het spelen")
struct ReloadTests {
    @Test("een bewerkte casus verschijnt op dezelfde fase; een kapotte geeft meldingen en het spel gaat door")
    func reload() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let original = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        let file = dir.write("proef-casus.json", original)
        let library = LibraryLoader.load(paths: [file])
        var settings = PlaySettings()
        settings.groups = ["A"]
        settings.caseIndex = 0
        let sink = PlayHarness.MemorySink()
        let controller = PlayRunner(library: library, strings: .nl, settings: settings, clock: { 0 }, openLog: { sink })
        controller.loadCase = LibraryLoader.loadCase
        _ = controller.handle(.enter)
        #expect(controller.model.game?.step == .knelpunten)

        dir.write(
            "proef-casus.json", original.replacingOccurrences(of: "Brieven blijven liggen.", with: "Brieven blijven ongeopend liggen."))
        _ = controller.handle(.character("R"))
        #expect(controller.model.game?.step == .knelpunten)
        #expect(controller.model.game?.casus.knelpunten[0].tekst == "Brieven blijven ongeopend liggen.")
        #expect(controller.model.overlay == nil)
        // A successful reload says so in the hint line, for a few seconds.
        var confirmed = CellBuffer(width: 60, height: 18)
        controller.render(into: &confirmed)
        #expect(confirmed.lines.last?.contains("Casus opnieuw ingelezen: Proefcasus") == true, "\(confirmed.lines.last ?? "")")
        let reloadEvent = try #require(sink.events.last)
        #expect(reloadEvent.type == "casus_herladen")
        #expect(reloadEvent.data["inhoud"] == .string(LoadedCase.hash(Array(readText(file).utf8))))
        #expect(reloadEvent.data["inhoud"] != sink.events.first { $0.type == "casus_start" }?.data["inhoud"])

        dir.write("proef-casus.json", original.replacingOccurrences(of: #""score": 3"#, with: #""score": 9"#))
        _ = controller.handle(.character("R"))
        guard case .problems(let lines)? = controller.model.overlay else {
            Issue.record("geen meldingen getoond")
            return
        }
        #expect(lines.first?.contains("score: 9 valt buiten het bereik") == true)
        var buffer = CellBuffer(width: 80, height: 24)
        controller.render(into: &buffer)
        #expect(buffer.text.contains("De casus heeft fouten"))
        _ = controller.handle(.character("x"))
        #expect(controller.model.overlay == nil)
        #expect(controller.model.game?.casus.knelpunten[0].tekst == "Brieven blijven ongeopend liggen.")
    }
}
