import CasusCore
import CasusIO
import TestSupport
import Testing

@testable import CasusTUI

/// The shipped cases in format 2, played: the short format's minutes and pillars,
/// the cue in the reveal, the trainer's notes on T, and a start screen that spoils nothing.
@Suite("Formaat 2 in het spel")
struct FormatTwoPlayTests {
    static let library = LibraryLoader.load(paths: [PackagePaths.cases])

    /// A one-group session on the first shipped case, past its content note when it has one.
    func runner(short: Bool, case index: Int = 0) -> PlayRunner {
        var settings = PlaySettings()
        settings.groups = ["A"]
        settings.caseIndex = index
        settings.short = short
        let run = PlayRunner(library: Self.library, strings: .nl, settings: settings, clock: { 0 }, openLog: { PlayHarness.MemorySink() })
        if run.model.game?.step == .inhoudswaarschuwing { _ = run.handle(.enter) }
        return run
    }

    @Test("kort formaat: de minuten en pijlers van de casus zelf")
    func shortFormat() throws {
        let casus = try #require(Self.library.cases.first).casus
        let kort = try #require(casus.kort)
        let game = try #require(runner(short: true).model.game)
        #expect(game.step == .verhaal)
        let pillars = game.steps.compactMap { step -> String? in if case .pijler(let i) = step { casus.dilemmas[i].pijler } else { nil } }
        #expect(pillars == casus.dilemmas.map(\.pijler).filter(kort.pijlers.contains))
        #expect(game.timer.remaining(at: 0) == kort.minuten.verhaal * 60)
        let full = try #require(runner(short: false).model.game)
        #expect(full.timer.remaining(at: 0) == casus.minuten.verhaal * 60)
        #expect(full.steps.count > game.steps.count)
    }

    @Test("T toont de trainersnotities met regels en bron; p of Esc terug")
    func trainerNotes() throws {
        let run = runner(short: false)
        let notes = try #require(run.model.game?.casus.trainer)
        _ = run.handle(.character("T"))
        var buffer = CellBuffer(width: 160, height: 48)
        run.render(into: &buffer)
        #expect(buffer.text.contains("Voor de trainer") && buffer.text.contains("Regels en procedures"))
        #expect(buffer.text.contains("Bron: " + String(notes.regels[0].bron.prefix(30))))
        _ = run.handle(.escape)
        #expect(run.model.sidePage == nil)
    }

    @Test("het startscherm toont de aanloop en geen factoren; de onthulling toont waar je een factor ziet")
    func noSpoilersAndCues() throws {
        let casus = try #require(Self.library.cases.first).casus
        var settings = PlaySettings()
        let start = PlayRunner(library: Self.library, strings: .nl, settings: settings, clock: { 0 }, openLog: { PlayHarness.MemorySink() })
        var buffer = CellBuffer(width: 160, height: 48)
        start.render(into: &buffer)
        #expect(buffer.text.contains(String(try #require(casus.teaser).prefix(40))))
        #expect(!buffer.text.contains("factoren:") && !buffer.text.contains(casus.samenvatting.prefix(40)))
        // Through to the factor reveal: every reference factor with its cue.
        settings.groups = ["A"]
        settings.caseIndex = 0
        let run = PlayRunner(library: Self.library, strings: .nl, settings: settings, clock: { 0 }, openLog: { PlayHarness.MemorySink() })
        while run.model.game?.step != .factoren { _ = run.handle(.enter) }
        _ = run.handle(.enter)
        _ = run.handle(.enter)
        #expect(run.model.game?.step == .zichtbaarheidOnthulling)
        var reveal = CellBuffer(width: 200, height: 100)
        run.render(into: &reveal)
        let cue = try #require(casus.referentie(voor: .client).first?.cues.first)
        #expect(reveal.text.contains("Waar zie je dat? ‘" + String(FactorViews.unquoted(cue).prefix(30))))
        #expect(FactorViews.unquoted("‘Elke keer, zegt hij.’") == "Elke keer, zegt hij." && FactorViews.unquoted("somber") == "somber")
    }
}
