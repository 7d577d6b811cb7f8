import CasusCore
import TestSupport
import Testing

@testable import CasusTUI

/// A group's own approach, weighed by the trainer after the expert view; and the
/// options shown in a seeded order that the log keeps.
@Suite("Eigen aanpak en geschudde opties")
struct OwnApproachTests {
    @Test("een groep beschrijft een eigen aanpak; de trainer geeft na de expertmening punten met een reden")
    func ownApproachScoredByTrainer() throws {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.character("a"))
        harness.type("We bellen samen met de buurvrouw aan.")
        harness.press(.escape)
        #expect(harness.game.groups[0].choices[0] == .own("We bellen samen met de buurvrouw aan."))
        #expect(harness.controller.model.activeGroup == 1)
        harness.press(.character("2"), .enter)
        #expect(harness.game.step == .pijlerOnthulling(0))
        let spread = harness.screen(160, 48).text
        #expect(spread.contains("eigen aanpak — Team Laak") && spread.contains("We bellen samen met de buurvrouw aan."))
        #expect(!spread.contains("nog te wegen"))
        // Before the expert view a digit only moves the cursor: nothing can be weighed yet.
        let options = harness.game.casus.dilemmas[0].opties.count
        for _ in 0..<options { harness.press(.down) }
        harness.press(.character("2"))
        #expect(harness.controller.model.overlay == nil)
        harness.press(.enter)  // the expert view
        for _ in 0..<options { harness.press(.down) }
        #expect(harness.screen(160, 48).text.contains("nog te wegen door de trainer"))
        harness.press(.character("2"))
        harness.type("Sluit aan bij wie ze vertrouwt.")
        harness.press(.enter)
        #expect(harness.game.groups[0].ownScores[0] == OwnApproachScore(score: 2, reason: "Sluit aan bij wie ze vertrouwt."))
        #expect(harness.game.score(of: 0).pijlers[0] == 2)
        #expect(harness.screen(160, 48).text.contains("2 pt van de trainer — Sluit aan bij wie ze vertrouwt."))
        let types = harness.sink.events.map(\.type)
        #expect(types.contains("eigen_aanpak") && types.last == "aanpak_beoordeeld")
    }

    @Test("een lege eigen aanpak legt niets vast")
    func emptyOwnApproach() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.character("a"), .escape)
        #expect(harness.game.groups[0].choices[0] == nil)
        #expect(!harness.sink.events.map(\.type).contains("eigen_aanpak"))
    }

    @Test("geschudde opties: dezelfde volgorde bij hetzelfde zaadje, gelogd; de gekozen optie is de getoonde")
    func shuffledOrder() throws {
        func order(seed: Int) -> [[Int]] {
            let harness = PlayHarness(seed: seed)
            return harness.game.optionOrder
        }
        #expect(order(seed: 7) == order(seed: 7))
        #expect((1...20).map { order(seed: $0) }.contains { $0 != order(seed: 7) })
        let harness = PlayHarness(seed: 7)
        let shown = harness.game.optionOrder
        #expect(shown.allSatisfy { $0.sorted() == Array(0..<$0.count) })
        harness.playThrough(until: .pijler(0))
        harness.press(.character("1"), .enter)
        #expect(harness.game.groups[0].choices[0] == .option(shown[0][0]))
        let start = try #require(harness.sink.events.first { $0.type == "casus_start" })
        #expect(start.data["volgorde"] == .array(shown.map { .array($0.map { .int($0 + 1) }) }))
        let choice = try #require(harness.sink.events.last { $0.type == "keuze" })
        #expect(choice.data["optie"] == .int(shown[0][0] + 1) && choice.data["getoond"] == .int(1))
        let text = harness.screen(160, 48).text
        let first = harness.game.casus.dilemmas[0].opties[shown[0][0]].tekst
        #expect(harness.game.step == .pijler(0))
        #expect(text.contains("1. " + first.prefix(30)))
    }

    @Test("alleen gekozen pijlers, kort formaat: de casus speelt alleen die dilemma's en het log zegt het")
    func chosenPillars() throws {
        var settings = PlaySettings()
        settings.groups = ["A"]
        settings.caseIndex = 0
        settings.pillars = ["werkwijze", "bereik"]
        settings.short = true
        let runner = PlayRunner(
            library: PlayHarness.library, strings: .nl, settings: settings, clock: { 0 }, openLog: { PlayHarness.MemorySink() })
        let game = try #require(runner.model.game)
        let pillars = game.steps.compactMap { step -> String? in
            if case .pijler(let i) = step { game.casus.dilemmas[i].pijler } else { nil }
        }
        #expect(pillars == ["bereik", "werkwijze"])
        #expect(game.config.short && game.config.pillars == ["werkwijze", "bereik"])
        #expect(
            GameConfig.parsePillars(" Bereik,, werkwijze ,bereik", known: ["bereik", "werkwijze"]) == .success(["bereik", "werkwijze"]))
        #expect(GameConfig.parsePillars("", known: ["bereik"]) == .success(nil))
        #expect(GameConfig.parsePillars("bereik, macht", known: ["bereik"]) == .failure(.unknown("macht", known: ["bereik"])))
        // Through the setup screen: an unknown pillar is refused with the known ones named.
        var setup = PlaySettings()
        setup.caseIndex = 0
        let screen = PlayRunner(
            library: PlayHarness.library, strings: .nl, settings: setup, clock: { 0 }, openLog: { PlayHarness.MemorySink() })
        for key in [Key.up, .up, .up, .up, .enter] { _ = screen.handle(key) }
        for c in "macht" { _ = screen.handle(.character(c)) }
        for key in [Key.enter, .down, .down, .down, .down, .enter] { _ = screen.handle(key) }
        #expect(screen.model.screen == .setup)
        #expect(screen.model.setup.problem?.contains("onbekende pijler ‘macht’") == true)
    }
}
