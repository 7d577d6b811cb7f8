import CasusIO
import TestSupport
import Testing

@testable import CasusCore

@Suite("Hulpmiddelen voor auteurs: sjabloon, dekking, doorspelen, herladen")
struct AuthoringTests {
    static let fixture: (CaseLibrary, TempDirectory) = {
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        return (LibraryLoader.load(paths: [dir.path]), dir)
    }()

    @Test("de beste optie van het sjabloon staat niet vast vooraan: de plek hangt af van het id en verschilt per dilemma")
    func templateBestPosition() throws {
        let taxonomy = try #require(Self.fixture.0.taxonomy)
        let ids = ["buurtvader-in-laak", "mantelzorg", "nieuwe-casus", "a", "b", "c", "schulden-in-moerwijk", "geen-adres"]
        let firsts = ids.map { id in
            let text = CaseTemplate.json(id: id, taxonomy: taxonomy)
            // Scores in file order: each dilemma's four, the 3 where its best option is.
            let scores = text.split(separator: "\n").filter { $0.contains("\"score\"") }.map { line in
                Int(line.split(separator: "\"score\": ")[1].prefix(1))!
            }
            #expect(scores.count == 4 * taxonomy.pijlers.count)
            let best = stride(from: 0, to: scores.count, by: 4).map { Array(scores[$0..<($0 + 4)]).firstIndex(of: 3)! }
            #expect(Set(best).count == min(4, best.count), "\(id): \(best)")
            return best[0]
        }
        // The first dilemma's best option is not first for every id.
        #expect(Set(firsts).count > 1, "\(firsts)")
        #expect(CaseTemplate.json(id: "a", taxonomy: taxonomy) == CaseTemplate.json(id: "a", taxonomy: taxonomy))
    }

    @Test("het sjabloon is geldige JSON, maar elke sjabloontekst is een fout tot hij vervangen is")
    func templatePlaceholders() throws {
        let taxonomy = try #require(Self.fixture.0.taxonomy)
        let text = CaseTemplate.json(id: "nieuwe-casus", taxonomy: taxonomy)
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write("nieuwe-casus.json", text)
        let library = LibraryLoader.load(paths: [dir.path])
        let placeholders = text.components(separatedBy: CaseTemplate.placeholderMarker).count - 1
        #expect(library.diagnostics.count == placeholders)
        #expect(library.diagnostics.allSatisfy { $0.problem == .placeholder })
        let first = try #require(position(of: "«vul in", in: text))
        #expect(library.diagnostics.first?.location == SourceLocation(line: first.line, column: first.column - 1))

        // Replace each placeholder with real text (a cue with words the story then contains), and the case is valid as written.
        var filled = ""
        var rest = Substring(text)
        var n = 0
        while let start = rest.range(of: "«vul in: ") {
            let end = rest[start.upperBound...].firstIndex(of: "»")!
            n += 1
            let isCue = rest[..<start.lowerBound].hasSuffix(#""cue": ""#)
            filled +=
                rest[..<start.lowerBound] + (isCue ? "zegt het zelf" : "Tekst \(n) zegt het zelf " + String(repeating: "x", count: 40))
            rest = rest[rest.index(after: end)...]
        }
        filled += rest
        dir.write("nieuwe-casus.json", filled)
        let valid = LibraryLoader.load(paths: [dir.path])
        #expect(valid.diagnostics.isEmpty, "\(valid.diagnostics.map { $0.formatted(.nl) })")
        let casus = try #require(valid.cases.first?.casus)
        #expect(casus.schemaVersion == 2)
        #expect(casus.dilemmas.count == taxonomy.pijlers.count)
        // The best option stands at another place in each dilemma, and each has two options scored 2 or more.
        #expect(Set(casus.dilemmas.map { $0.opties.firstIndex { $0.score == 3 }! }) == [0, 1, 2, 3])
        #expect(casus.dilemmas.allSatisfy { $0.opties.count { $0.score >= 2 } >= 2 })
        #expect(casus.trainer?.regels.count == 1)
        #expect(casus.kort?.pijlers == Array(taxonomy.pijlers.prefix(2).map(\.id)))
    }

    @Test("waarschuwingen: gelijke scores en sterk verschillende optielengtes")
    func optionWarnings() {
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
            .replacingOccurrences(of: #""tekst": "Tijd", "score": 3"#, with: #""tekst": "Tijd", "score": 1"#)
            .replacingOccurrences(of: #""tekst": "Folder", "score": 0"#, with: #""tekst": "Folder", "score": 1"#)
            .replacingOccurrences(
                of: #""tekst": "Bellen""#, with: #""tekst": "Bellen, op een moment dat zij zelf kiest, en daarna langsgaan""#)
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write("proef-casus.json", text)
        let library = LibraryLoader.load(paths: [dir.path])
        let problems = library.diagnostics.map(\.problem)
        #expect(problems.contains(.unevenOptionLengths(shortest: 5, longest: 61)))
        #expect(problems.contains(.noBestOption(highest: 1, best: 3)))
        #expect(problems.contains(.equalScores(1)))
    }

    @Test("dekking telt per factor de casussen en de onzichtbare")
    func coverage() {
        let coverage = Coverage(library: Self.fixture.0)
        let counts = Dictionary(uniqueKeysWithValues: coverage.factoren.map { ($0.id, ($0.cases, $0.invisible)) })
        #expect(counts["leeftijd"]! == (1, 0))
        #expect(counts["taal"]! == (1, 1))
        #expect(counts["religie"]! == (0, 0))
        #expect(coverage.pijlers.allSatisfy { $0.cases == 1 })
        #expect(coverage.thinFactors().count == 12)
    }

    @Test("doorspelen: scorebereik, beste pad, minuten, alles bereikt")
    func playThrough() throws {
        let (library, _) = Self.fixture
        let report = PlayThrough(casus: library.cases[0].casus, taxonomy: try #require(library.taxonomy))
        #expect(report.lowest == 0)
        #expect(report.highest == 5 + 3 + 12)
        #expect(report.bestPath == [1, 1, 1, 1])
        #expect(report.minutes == 3 + 5 + 5 + 5 + 4 * 4 + 5)
        #expect(report.unreachedSteps.isEmpty)
        #expect(report.endedEarly == 0)
        #expect(report.paths == 2 * 256 + 4 * 40)  // two exhaustive answers, four sampled
    }

    @Test("herladen houdt de fase en de antwoorden die nog passen")
    func reload() throws {
        let (library, _) = Self.fixture
        let casus = library.cases[0].casus
        var (game, _) = Game.start(casus: casus, taxonomy: library.taxonomy!, config: GameConfig(groups: ["A"]), now: 0)
        for _ in 0..<3 { _ = game.apply(.advance, now: 0) }
        _ = game.apply(.lockFactors(group: 0), now: 0)
        _ = game.apply(.lockVisibility(group: 0), now: 0)
        _ = game.apply(.advance, now: 0)
        _ = game.apply(.choose(group: 0, .option(2)), now: 0)
        _ = game.apply(.advance, now: 0)  // the expert view
        _ = game.apply(.advance, now: 0)
        #expect(game.step == .pijler(1))
        let edited = Casus(
            id: casus.id, titel: "Nieuwe titel", samenvatting: casus.samenvatting, setting: casus.setting, themas: casus.themas,
            inhoudswaarschuwing: nil, verhaal: casus.verhaal, personen: casus.personen, knelpunten: casus.knelpunten,
            dilemmas: [Dilemma(pijler: "bereik", vraag: "?", opties: Array(casus.dilemmas[0].opties.prefix(2)))]
                + casus.dilemmas.dropFirst(),
            reflectie: casus.reflectie, minuten: casus.minuten)
        let reloaded = game.reloaded(with: edited)
        #expect(reloaded.step == .pijler(1))
        #expect(reloaded.casus.titel == "Nieuwe titel")
        #expect(reloaded.groups[0].choices[0] == nil)  // option 3 no longer exists
    }
}
