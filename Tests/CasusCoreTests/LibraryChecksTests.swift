import Testing

@testable import CasusCore

/// Small hand-made libraries whose figures were worked out by hand (in the comments).
@Suite("Bibliotheekcontroles: oppervlaktekenmerken en zichtbaarheid volgens de standaard")
struct LibraryChecksTests {
    static func casus(_ dilemmas: [[(String, Int)]], factors: [(Rol, String, Zichtbaarheid)] = []) -> Casus {
        let people = [Rol.client, .professional].map { rol in
            Persoon(
                naam: rol.rawValue, rol: rol, kaart: "kaart",
                factoren: factors.filter { $0.0 == rol }.map {
                    PersoonFactor(factor: $0.1, gewicht: .speeltMee, zichtbaarheid: $0.2, cue: nil, toelichting: "t")
                })
        }
        return Casus(
            id: "c", titel: "t", samenvatting: "s", setting: Setting(organisatie: "o", wijk: "w"), themas: [], inhoudswaarschuwing: nil,
            verhaal: ["v"], personen: people, knelpunten: [],
            dilemmas: dilemmas.map { Dilemma(pijler: "p", vraag: "?", opties: $0.map { Optie(tekst: $0.0, score: $0.1, expert: "e") }) },
            reflectie: ["r"], minuten: Minuten(verhaal: 1, knelpunten: 1, factoren: 1, zichtbaarheid: 1, pijler: 1, reflectie: 1))
    }

    static func outcome(_ checks: LibraryChecks, _ rule: LibraryChecks.Rule) -> Double? {
        checks.outcomes.first { $0.rule == rule }?.mean
    }

    @Test("lengte en plaats: gemiddelde per dilemma tegen willekeurig kiezen, gelijke lengtes gedeeld")
    func lengthAndPosition() throws {
        // D1: random 4/3. D2: random 6/4. D3: random 2; "hhh" and "iii" tie for longest.
        let library = [
            Self.casus([
                [("aaaa", 3), ("bb", 0), ("ccc", 1)],
                [("dd", 2), ("eeeeee", 3), ("f", 0), ("gggg", 1)],
            ]),
            Self.casus([[("hhh", 0), ("iii", 3), ("j", 3)]]),
        ]
        let checks = LibraryChecks(cases: library, taxonomy: nil)
        let random = (4.0 / 3 + 1.5 + 2) / 3  // 1.611
        #expect(checks.dilemmaCount == 3)
        #expect(abs(checks.outcomes[0].random - random) < 1e-9)
        let expected: [(LibraryChecks.Rule, Double)] = [
            (.lengthRank(1), (3 + 3 + 1.5) / 3),  // aaaa 3, eeeeee 3, tie hhh/iii 1.5 → 2.5
            (.lengthRank(2), (1 + 1 + 1.5) / 3),  // ccc, gggg, the tie again → 1.167
            (.lengthRank(3), (0 + 2 + 3) / 3.0),  // bb, dd, j → 1.667
            (.lengthRank(4), (4.0 / 3 + 0 + 2) / 3),  // no fourth in D1 and D3: a random pick there → 1.111
            (.position(1), (3 + 2 + 0) / 3.0),  // 1.667
            (.position(2), (0 + 3 + 3) / 3.0),  // 2.0
            (.position(3), (1 + 0 + 3) / 3.0),  // 1.333
            (.position(4), (4.0 / 3 + 1 + 2) / 3),  // 1.444
        ]
        for (rule, mean) in expected {
            let found = try #require(Self.outcome(checks, rule))
            #expect(abs(found - mean) < 1e-9, "\(rule): \(found) ≠ \(mean)")
        }
        // Above random + 0.35 = 1.961: the longest (2.5) and the second position (2.0); nothing else.
        #expect(checks.predictiveRules.map(\.rule) == [.lengthRank(1), .position(2)])
        #expect(checks.outcomes.allSatisfy { if case .word = $0.rule { false } else { true } })  // each word in one dilemma only
    }

    @Test("woorden: de meest voorkomende inhoudswoorden uit minstens twee dilemma's")
    func words() throws {
        // Content words (without je, met, haar, een, de, op): belt in three dilemmas, samen and wacht in two.
        let library = [
            Self.casus([
                [("Je belt samen met haar", 3), ("Je stuurt een brief", 0), ("Je wacht af", 1)],
                [("Je gaat samen langs", 3), ("Je mailt", 1), ("Je belt de huisarts", 2)],
                [("Je belt de buurvrouw", 0), ("Je regelt een tolk", 3), ("Je wacht op haar", 2)],
            ])
        ]
        let checks = LibraryChecks(cases: library, taxonomy: nil)
        let words = checks.outcomes.compactMap { if case .word(let w) = $0.rule { w } else { nil } }
        #expect(words == ["belt", "samen", "wacht"])
        // Random: (4/3 + 2 + 5/3) / 3 = 5/3.
        #expect(abs(checks.outcomes[0].random - 5.0 / 3) < 1e-9)
        // "samen": 3 and 3, and no "samen" in D3 (a random pick there, 5/3) → 2.556.
        let samen = try #require(Self.outcome(checks, .word("samen")))
        let expectedSamen: Double = (3 + 3 + 5.0 / 3) / 3
        #expect(abs(samen - expectedSamen) < 1e-9)
        // "belt": 3, 2, 0 → 5/3, no better than random. "wacht": 1, random 2, 2 → 5/3.
        let belt = try #require(Self.outcome(checks, .word("belt")))
        let wacht = try #require(Self.outcome(checks, .word("wacht")))
        #expect(abs(belt - 5.0 / 3) < 1e-9)
        #expect(abs(wacht - 5.0 / 3) < 1e-9)
        #expect(checks.predictiveRules.map(\.rule) == [.word("samen")])
    }

    @Test("zichtbaarheid: meer dan 60 % volgens 'meestal' is een waarschuwing; 'wisselend' telt niet")
    func visibilityDefaults() {
        let taxonomy = Taxonomy(
            factoren: [
                Factor(id: "a", naam: "A", omschrijving: "", meestal: .zichtbaar),
                Factor(id: "b", naam: "B", omschrijving: "", meestal: .onzichtbaar),
                Factor(id: "c", naam: "C", omschrijving: "", meestal: .wisselend),
            ], pijlers: [])
        // a zichtbaar (default), b onzichtbaar (default), c (not counted), a onzichtbaar (differs);
        // b onzichtbaar (default), b zichtbaar (differs): 3 of 5 = 60 %, not more.
        var library = [
            Self.casus(
                [],
                factors: [
                    (.client, "a", .zichtbaar), (.client, "b", .onzichtbaar), (.client, "c", .zichtbaar),
                    (.professional, "a", .onzichtbaar),
                ]),
            Self.casus([], factors: [(.client, "b", .onzichtbaar), (.professional, "b", .zichtbaar)]),
        ]
        var checks = LibraryChecks(cases: library, taxonomy: taxonomy)
        #expect(checks.visibility == LibraryChecks.VisibilityCalls(total: 5, asDefault: 3))
        #expect(checks.visibility.differing == 2)
        #expect(!checks.tooManyDefaultCalls)
        #expect(checks.outcomes.isEmpty && checks.predictiveRules.isEmpty)  // no dilemmas, nothing to pick

        library.append(Self.casus([], factors: [(.client, "a", .zichtbaar)]))  // 4 of 6 = 67 %
        checks = LibraryChecks(cases: library, taxonomy: taxonomy)
        #expect(checks.visibility == LibraryChecks.VisibilityCalls(total: 6, asDefault: 4))
        #expect(checks.tooManyDefaultCalls)
        #expect(
            Strings.nl.authoring.defaultVisibility(checks.visibility)
                == "4 van 6 oordelen over zichtbaarheid (67 %) volgen wat factoren.json 'meestal' noemt; verwacht hoogstens 60 %. "
                + "Laat de casus bepalen voor wie en wanneer iets zichtbaar is")
    }

    @Test("de melding noemt de regel, beide gemiddelden en de grens, in beide talen")
    func messages() {
        let outcome = LibraryChecks.Outcome(rule: .lengthRank(2), mean: 2.854, random: 1.6406)
        #expect(
            Strings.nl.authoring.surfaceRule(outcome).hasPrefix(
                "wie altijd de op één na langste optie kiest, haalt gemiddeld 2,85 punten per dilemma; willekeurig kiezen 1,64 (meer dan 0,35 verschil)."
            ))
        #expect(
            Strings.en.authoring.surfaceRule(outcome).hasPrefix(
                "always picking the second-longest option scores 2.85 points per dilemma on average; a random pick 1.64 (more than 0.35 apart)."
            ))
        #expect(Strings.nl.authoring.ruleName(.word("zodat")) == "een optie met het woord 'zodat'")
    }
}
