import Testing

@testable import CasusCore

/// The per-case summary that the end screen shows and the report builds on.
@Suite("Samenvatting van een casus")
struct CaseSummaryTests {
    @Test("scores, keuzes naast de beste optie, knelpunten en notities uit het spel")
    func fromGame() {
        var (game, _) = GameTests().start(groups: ["A", "B"])
        var now = 0.0
        func act(_ action: GameAction) {
            now += 1
            _ = game.apply(action, now: now)
        }
        act(.note(group: 1, text: "B bij het verhaal"))
        act(.advance)
        act(.revealNextKnelpunt)
        act(.note(group: 0, text: "A bij de knelpunten"))
        act(.revealNextKnelpunt)
        act(.advance)
        act(.toggleFactor(group: 0, FactorMark(kant: .client, factor: "taal")))
        act(.toggleFactor(group: 0, FactorMark(kant: .client, factor: "religie")))
        act(.lockFactors(group: 0))
        act(.lockFactors(group: 1))
        act(.setVisibility(group: 0, FactorMark(kant: .client, factor: "taal"), .onzichtbaar))
        act(.setVisibility(group: 0, FactorMark(kant: .client, factor: "religie"), .zichtbaar))
        act(.lockVisibility(group: 0))
        act(.lockVisibility(group: 1))
        act(.advance)
        #expect(game.step == .pijler(0))
        act(.choose(group: 0, .option(0)))
        act(.choose(group: 1, .pass))
        act(.advance)  // the expert view first
        act(.advance)
        act(.choose(group: 0, .option(2)))

        let summary = CaseSummary(game)
        #expect(summary.groups == ["A", "B"])
        #expect(summary.scores.map(\.group) == ["A", "B"])
        #expect(summary.scores.map(\.score) == [game.score(of: 0), game.score(of: 1)])
        #expect(summary.maxScore == game.maxScore)
        #expect(summary.knelpunten == ["Brieven blijven liggen.", "Geen tijd voor huisbezoek."])
        #expect(summary.factors.first { $0.factor == "taal" }?.foundBy == ["A"])
        #expect(summary.extraMarks.map(\.group) == ["A", "B"])
        #expect(summary.extraMarks[0].marks.map(\.factor) == ["religie"])
        #expect(summary.extraMarks[1].marks.isEmpty)

        #expect(summary.pillars.map(\.pijler) == ["bereik", "werkwijze", "competenties", "randvoorwaarden"])
        #expect(summary.pillars[0].bestOptions == [1])
        #expect(summary.pillars[0].isBest(0) && !summary.pillars[0].isBest(2) && !summary.pillars[0].isBest(7))
        #expect(summary.pillars[0].choices == [.option(0), .pass])
        #expect(summary.pillars[1].choices == [.option(2), nil])
        #expect(summary.pillars[2].choices == [nil, nil])

        // The end screen lists notes per group; the report in the order of the discussion.
        #expect(summary.notes.map(\.text) == ["A bij de knelpunten", "B bij het verhaal"])
        #expect(summary.notesInStepOrder.map(\.text) == ["B bij het verhaal", "A bij de knelpunten"])
        #expect(summary.notesInStepOrder.map(\.step) == [.verhaal, .knelpunten])
    }

    @Test("een notitie bij een pijler draagt de naam van die pijler")
    func pillarNote() {
        var (game, _) = GameTests().start(groups: ["A"])
        var now = 0.0
        for action in [GameAction.advance, .advance, .advance, .lockFactors(group: 0), .lockVisibility(group: 0), .advance] {
            now += 1
            _ = game.apply(action, now: now)
        }
        #expect(game.step == .pijler(0))
        _ = game.apply(.note(group: 0, text: "bij bereik"), now: now + 1)
        let note = CaseSummary(game).notes.first
        #expect(note?.step == .pijler(0))
        #expect(note?.pillarName == "Bereik")
    }
}
