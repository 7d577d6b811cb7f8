import TestSupport
import Testing

@testable import CasusCore
import CasusIO

@Suite("Spelverloop: de toestandsmachine van één casus")
struct GameTests {
    static let library: CaseLibrary = {
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        return withExtendedLifetime(dir) { LibraryLoader.load(paths: [file]) }
    }()

    func start(groups: [String] = ["A", "B"]) -> (Game, [GameEffect]) {
        Game.start(casus: Self.library.cases[0].casus, taxonomy: Self.library.taxonomy!, config: GameConfig(groups: groups), now: 0)
    }

    static func events(_ effects: [GameEffect]) -> [SessionEvent] {
        effects.compactMap {
            if case .log(let event) = $0 { return event }
            return nil
        }
    }

    @Test("twee groepen spelen een hele casus: elke score en elk gelogd event")
    func wholeCase() {
        var (game, effects) = start()
        var log = Self.events(effects)
        var now = 0.0
        func act(_ action: GameAction) {
            now += 1
            log += Self.events(game.apply(action, now: now))
        }
        let client = { FactorMark(kant: .client, factor: $0) }
        let professional = { FactorMark(kant: .professional, factor: $0) }

        #expect(game.step == .verhaal)
        act(.advance)
        #expect(game.step == .knelpunten)
        act(.revealNextKnelpunt)
        #expect(game.revealedKnelpunten == 1)
        act(.revealNextKnelpunt)  // Enter would leave it hidden: the trainer shows it first
        #expect(game.step == .knelpunten && game.revealedKnelpunten == 2)
        act(.note(group: 0, text: "  Brieven: wie leest ze voor?  "))
        act(.advance)
        #expect(game.step == .factoren)

        for mark in [client("leeftijd"), client("taal"), professional("opleiding"), client("gezin")] {
            act(.toggleFactor(group: 0, mark))
        }
        act(.toggleFactor(group: 1, client("leeftijd")))
        act(.toggleFactor(group: 1, client("migratie")))
        act(.toggleFactor(group: 1, client("migratie")))  // toggled off again
        act(.advance)  // not everyone has locked: nothing happens
        #expect(game.step == .factoren)
        act(.lockFactors(group: 0))
        act(.toggleFactor(group: 0, client("religie")))  // locked: ignored
        #expect(!game.groups[0].marks.contains(client("religie")))
        #expect(!game.canGoBack)
        act(.lockFactors(group: 1))
        #expect(game.step == .zichtbaarheid)

        act(.setVisibility(group: 0, client("leeftijd"), .zichtbaar))
        act(.setVisibility(group: 0, client("taal"), .zichtbaar))
        act(.lockVisibility(group: 0))  // two marks still uncalled: refused
        #expect(!game.groups[0].callsLocked)
        act(.setVisibility(group: 0, professional("opleiding"), .onzichtbaar))
        act(.setVisibility(group: 0, client("gezin"), .onzichtbaar))
        act(.setVisibility(group: 1, client("leeftijd"), .onzichtbaar))
        act(.lockVisibility(group: 0))
        act(.lockVisibility(group: 1))
        #expect(game.step == .zichtbaarheidOnthulling)
        #expect(game.score(of: 0).factoren == 5 && game.score(of: 0).zichtbaarheid == 2)
        #expect(game.score(of: 1).factoren == 1 && game.score(of: 1).zichtbaarheid == 0)
        act(.advance)

        let picks: [(Choice, Choice)] = [(.option(0), .option(2)), (.pass, .option(0)), (.option(2), .option(1)), (.option(1), .option(0))]
        for (index, (a, b)) in picks.enumerated() {
            #expect(game.step == .pijler(index))
            act(.choose(group: 1, b))
            act(.choose(group: 1, .option(0)))  // a locked choice cannot change
            #expect(game.groups[1].choices[index] == b)
            act(.choose(group: 0, a))
            #expect(game.step == .pijlerOnthulling(index))
            // First Enter: the expert view (the spread came first); second: on to the next step.
            act(.advance)
            #expect(game.step == .pijlerOnthulling(index) && game.expertShown.contains(index))
            act(.advance)
        }
        #expect(game.step == .reflectie)
        act(.note(group: 1, text: "We zagen taal niet."))
        act(.advance)
        #expect(game.step == .afsluiting)
        #expect(game.isFinished)

        #expect(game.score(of: 0) == CaseScore(factoren: 5, zichtbaarheid: 2, pijlers: [3, 0, 2, 0]))
        #expect(game.score(of: 1) == CaseScore(factoren: 1, zichtbaarheid: 0, pijlers: [1, 3, 1, 3]))
        #expect(game.score(of: 0).total == 12 && game.score(of: 1).total == 9)
        #expect(game.maxScore == CaseScore(factoren: 5, zichtbaarheid: 3, pijlers: [3, 3, 3, 3]))

        #expect(
            log.map(\.type) == [
                "casus_start", "fase", "fase", "knelpunt_getoond", "knelpunt_getoond", "notitie", "fase",
                "factoren_vastgelegd", "factoren_vastgelegd", "fase",
                "zichtbaarheid_vastgelegd", "zichtbaarheid_vastgelegd", "fase", "onthulling_factoren", "fase",
                "keuze", "keuze", "fase", "onthulling_pijler", "onthulling_expert", "fase",
                "keuze", "pas", "fase", "onthulling_pijler", "onthulling_expert", "fase",
                "keuze", "keuze", "fase", "onthulling_pijler", "onthulling_expert", "fase",
                "keuze", "keuze", "fase", "onthulling_pijler", "onthulling_expert", "fase",
                "notitie", "fase", "casus_einde",
            ])
        #expect(log.allSatisfy { $0.caseID == "proef-casus" })
        let note = log.first { $0.type == "notitie" }!
        #expect(note.group == "A" && note.phase == "knelpunten" && note.data["tekst"] == .string("Brieven: wie leest ze voor?"))
        let lockedA = log.first { $0.type == "factoren_vastgelegd" }!
        #expect(lockedA.group == "A")
        #expect(lockedA.data["client"] == .array([.string("gezin"), .string("leeftijd"), .string("taal")]))
        #expect(lockedA.data["professional"] == .array([.string("opleiding")]))
        let pass = log.first { $0.type == "pas" }!
        #expect(pass.group == "A" && pass.phase == "pijler:werkwijze" && pass.data["score"] == .int(0))
        let firstReveal = log.first { $0.type == "onthulling_pijler" }!
        #expect(firstReveal.data["verdeling"] == .array([.int(1), .int(0), .int(1)]))
        #expect(firstReveal.data["scores"] == .object(["A": .int(3), "B": .int(1)]))
        let end = log.last!
        #expect(
            end.data["scores"]
                == .object([
                    "A": .object([
                        "factoren": .int(5), "zichtbaarheid": .int(2), "pijlers": .array([3, 0, 2, 0].map { .int($0) }), "totaal": .int(12),
                    ]),
                    "B": .object([
                        "factoren": .int(1), "zichtbaarheid": .int(0), "pijlers": .array([1, 3, 1, 3].map { .int($0) }), "totaal": .int(9),
                    ]),
                ]))
    }

    @Test("terug mag zolang niets half vastligt")
    func back() {
        var (game, _) = start()
        #expect(!game.canGoBack)
        _ = game.apply(.advance, now: 1)
        #expect(game.canGoBack)
        _ = game.apply(.back, now: 2)
        #expect(game.step == .verhaal)
        _ = game.apply(.advance, now: 3)
        _ = game.apply(.advance, now: 4)
        _ = game.apply(.advance, now: 5)
        #expect(game.step == .factoren)
        _ = game.apply(.lockFactors(group: 0), now: 6)
        _ = game.apply(.back, now: 7)
        #expect(game.step == .factoren)
    }

    @Test("de timer telt af, knippert één keer bij nul en gaat nooit zelf door")
    func timer() {
        var (game, _) = start()
        #expect(game.timer.remaining(at: 0) == 3 * 60)  // verhaal: 3 minutes
        #expect(game.apply(.tick, now: 179.5).isEmpty)
        let effects = game.apply(.tick, now: 180)
        #expect(effects.first == .flash)
        #expect(Self.events(effects).map(\.type) == ["tijd_op"])
        #expect(game.apply(.tick, now: 200).isEmpty)
        #expect(game.step == .verhaal && game.timer.expired)
        _ = game.apply(.addMinutes(1), now: 200)
        #expect(!game.timer.isRunning && !game.timer.expired)
        #expect(game.timer.remaining(at: 300) == 60)  // paused at zero: the extra minute waits for `t`
        _ = game.apply(.toggleTimer, now: 300)
        #expect(game.timer.remaining(at: 330) == 30)
        _ = game.apply(.toggleTimer, now: 330)
        #expect(game.timer.remaining(at: 900) == 30)
        _ = game.apply(.addMinutes(-1), now: 900)
        #expect(game.timer.remaining(at: 900) == 0)
    }

    @Test("pas is een geldige keuze, onbekende opties niet")
    func invalidChoices() {
        var (game, _) = start(groups: ["Solo"])
        for _ in 0..<3 { _ = game.apply(.advance, now: 1) }
        _ = game.apply(.lockFactors(group: 0), now: 2)
        _ = game.apply(.lockVisibility(group: 0), now: 3)  // nothing marked: nothing to call
        #expect(game.step == .zichtbaarheidOnthulling)
        _ = game.apply(.advance, now: 4)
        #expect(game.apply(.choose(group: 0, .option(7)), now: 5).isEmpty)
        #expect(game.apply(.choose(group: 3, .option(0)), now: 5).isEmpty)
        #expect(Self.events(game.apply(.choose(group: 0, .pass), now: 6)).first?.type == "pas")
        #expect(game.step == .pijlerOnthulling(0))
    }

    @Test("groepsnamen: 1 tot 8, uniek, niet leeg")
    func groupNames() {
        #expect(GameConfig.parseGroups(" Team Laak , Team Escamp") == .success(["Team Laak", "Team Escamp"]))
        #expect(GameConfig.parseGroups("A,,B") == .failure(.empty))
        #expect(GameConfig.parseGroups("A,a") == .failure(.duplicate("a")))
        #expect(GameConfig.parseGroups((1...9).map { "G\($0)" }.joined(separator: ",")) == .failure(.count(9)))
    }

    @Test("logregels zijn geldige JSON, ook met aanhalingstekens en stuurtekens")
    func logLine() throws {
        let event = SessionEvent(.noteWritten("a\nb\u{1B}é"), caseID: "c", phase: "reflectie", group: "Team \"Laak\"")
        let line = event.jsonLine(timestamp: "2026-11-22T20:00:00.000Z", sessionID: "s1")
        #expect(
            line
                == #"{"casus":"c","data":{"tekst":"a\nb\u001bé"},"fase":"reflectie","groep":"Team \"Laak\"","sessie":"s1","tijd":"2026-11-22T20:00:00.000Z","type":"notitie","v":4}"#
        )
        let parsed = try JSONParser.parse(line)
        #expect(parsed.type == .object)
    }
}

@Suite("Bepalende factoren: hoogstens drie per kant")
struct MarkCapTests {
    @Test("een vierde factor aan een kant wordt geweigerd; wisselen kan door er eerst één uit te zetten")
    func capPerSide() throws {
        let casus = GameTests.library.cases[0].casus
        let taxonomy = try #require(GameTests.library.taxonomy)
        var (game, _) = Game.start(casus: casus, taxonomy: taxonomy, config: GameConfig(groups: ["A"]), now: 0)
        while game.step != .factoren { _ = game.apply(.advance, now: 0) }
        let ids = taxonomy.factoren.map(\.id)
        for id in ids.prefix(4) { _ = game.apply(.toggleFactor(group: 0, FactorMark(kant: .client, factor: id)), now: 0) }
        #expect(game.markCount(0, side: .client) == game.markCap)
        #expect(!game.groups[0].marks.contains(FactorMark(kant: .client, factor: ids[3])))
        // The other side has its own room.
        _ = game.apply(.toggleFactor(group: 0, FactorMark(kant: .professional, factor: ids[3])), now: 0)
        #expect(game.markCount(0, side: .professional) == 1)
        _ = game.apply(.toggleFactor(group: 0, FactorMark(kant: .client, factor: ids[0])), now: 0)
        _ = game.apply(.toggleFactor(group: 0, FactorMark(kant: .client, factor: ids[3])), now: 0)
        #expect(game.groups[0].marks.contains(FactorMark(kant: .client, factor: ids[3])))
        #expect(game.markCount(0, side: .client) == 3)
    }
}
