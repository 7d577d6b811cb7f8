import CasusIO
import TestSupport
import Testing

@testable import CasusCore

@Suite("migreer: formaat 1 naar formaat 2")
struct MigrationTests {
    static let original = readText(PackagePaths.coreFixtures + "/proef-casus.json")

    static func migrated() throws -> Migration.Migrated {
        try Migration.migrate(Array(original.utf8)).get()
    }

    /// Every string value in a document, in order (keys left out: some were renamed).
    static func strings(_ value: JSONValue) -> [String] {
        switch value.kind {
        case .string(let s): [s]
        case .array(let items): items.flatMap(strings)
        case .object(let members): members.flatMap { strings($0.value) }
        default: []
        }
    }

    @Test("rondgang: elke tekst blijft, en de validator wijst precies de sjabloonplekken aan")
    func roundTrip() throws {
        let result = try Self.migrated()
        let before = Self.strings(try JSONParser.parse(Self.original))
        var after = Self.strings(try JSONParser.parse(result.text))
        for text in before {
            let index = try #require(after.firstIndex(of: text), "'\(text)' ging verloren")
            after.remove(at: index)
        }
        // What is left is what the migration added: placeholders and the derived weights and pillar ids.
        #expect(
            after.filter { !$0.hasPrefix(CaseTemplate.placeholderMarker) }.sorted() == [
                "bepalend", "bepalend", "bereik", "speelt-mee", "werkwijze",
            ])

        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write("proef-casus.json", result.text)
        let library = LibraryLoader.load(paths: [file])
        let placeholders = library.diagnostics.filter { $0.problem == .placeholder }
        var expected: [CasusCore.SourceLocation] = []
        var occurrence = 1
        while let at = position(of: "\"" + CaseTemplate.placeholderMarker, in: result.text, occurrence: occurrence) {
            expected.append(SourceLocation(line: at.line, column: at.column))
            occurrence += 1
        }
        #expect(result.placeholders == 9)  // teaser, three cues, five trainer fields
        #expect(placeholders.map(\.location) == expected)
        #expect(
            placeholders.map(\.path) == [
                "teaser", "personen[0].factoren[0].cue", "personen[0].factoren[1].cue", "personen[1].factoren[0].cue",
                "trainer.achtergrond", "trainer.regels[0].regel", "trainer.regels[0].bron", "trainer.voorzieningen", "trainer.discussie",
            ])
        // The only other findings are the fixture's own dilemmas with one defensible option, which format 2 refuses
        // and which no migration can decide for the author.
        let rest = library.diagnostics.filter { $0.problem != .placeholder }
        #expect(rest.map(\.problem) == Array(repeating: .tooFewDefensibleOptions(found: 1, minimum: 2, score: 2), count: 3))
        #expect(rest.map(\.path) == ["dilemmas[0].opties", "dilemmas[1].opties", "dilemmas[3].opties"])
    }

    @Test("ingevuld speelt de omgezette casus als het origineel: kaarten, expertvisie, gewicht, minuten")
    func filledEqualsOriginal() throws {
        let text = try Self.migrated().text
        var filled = ""
        var rest = Substring(text)
        while let start = rest.range(of: "«vul in: ") {
            let end = rest[start.upperBound...].firstIndex(of: "»")!
            let isCue = rest[..<start.lowerBound].hasSuffix(#""cue": ""#)
            filled += rest[..<start.lowerBound] + (isCue ? "belt over haar buurman" : "Ingevuld door de auteur")
            rest = rest[rest.index(after: end)...]
        }
        filled += rest
        filled = filled.replacingOccurrences(of: #""Buurvrouw", "score": 1"#, with: #""Buurvrouw", "score": 2"#)
            .replacingOccurrences(of: #""Doorverwijzen", "score": 1"#, with: #""Doorverwijzen", "score": 2"#)
            .replacingOccurrences(of: #""Training", "score": 1"#, with: #""Training", "score": 2"#)
        let dir = TempDirectory().withShippedTaxonomy()
        let v1 = try #require(LibraryLoader.load(paths: [dir.write("proef-casus.json", Self.original)]).cases.first?.casus)
        let library = LibraryLoader.load(paths: [dir.write("proef-casus.json", filled)])
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map { $0.formatted(.nl) })")
        let v2 = try #require(library.cases.first?.casus)
        #expect(v2.schemaVersion == 2 && v1.schemaVersion == 1)
        #expect(v2.verhaal == v1.verhaal && v2.knelpunten == v1.knelpunten && v2.reflectie == v1.reflectie)
        #expect(v2.personen.map(\.kaart) == v1.personen.map(\.kaart))
        #expect(v2.personen.map { $0.factoren.map(\.gewicht) } == v1.personen.map { $0.factoren.map(\.gewicht) })
        #expect(v2.dilemmas.map { $0.opties.map(\.expert) } == v1.dilemmas.map { $0.opties.map(\.expert) })
        #expect(v2.dilemmas.map { $0.opties.map(\.tekst) } == v1.dilemmas.map { $0.opties.map(\.tekst) })
        #expect(v2.minuten == v1.minuten)
        #expect(
            v2.kort
                == KortFormaat(
                    minuten: Minuten(verhaal: 2, knelpunten: 3, factoren: 3, zichtbaarheid: 3, pijler: 2, reflectie: 3),
                    pijlers: ["bereik", "werkwijze"]))
    }

    @Test("houdt de volgorde van de velden en schrijft zoals de meegeleverde bestanden, stabiel")
    func keyOrderAndLayout() throws {
        let text = try Self.migrated().text
        let root = try JSONParser.parse(text)
        guard case .object(let members) = root.kind else { Issue.record("geen object"); return }
        #expect(
            members.map(\.key) == [
                "$schema", "schemaVersion", "id", "titel", "teaser", "samenvatting", "setting", "verhaal", "personen", "knelpunten",
                "dilemmas", "reflectie", "trainer", "minuten",
            ])
        #expect(text.hasPrefix("{\n  \"$schema\": \"../../../Cases/schema/case.schema.json\",\n  \"schemaVersion\": 2,\n"))
        #expect(text.contains("\n        { \"tekst\": \"Bellen\", \"score\": 3, \"expert\": \"Persoonlijk.\" },\n"))
        #expect(text.contains("\n      \"kaart\": \"80 jaar, weduwe.\",\n"))
        // Written again from what it wrote, nothing moves.
        #expect(OrderedJSON(root).written == text)
    }

    @Test("weigert formaat 2, ongeldige JSON en wat geen casus is; niets wordt teruggegeven om te schrijven")
    func refuses() throws {
        let v2 = readText(PackagePaths.coreFixtures + "/proef-casus-v2.json")
        #expect(Migration.migrate(Array(v2.utf8)) == .failure(.alreadyFormat2))
        guard case .failure(.invalidJSON(let error)) = Migration.migrate(Array("{\"schemaVersion\": 1,".utf8)) else {
            Issue.record("ongeldige JSON niet geweigerd")
            return
        }
        #expect(error.reason == .unexpectedEnd)
        #expect(Migration.migrate(Array("[1]".utf8)) == .failure(.notACase))
        #expect(Migration.migrate(Array(#"{"schemaVersion": 3}"#.utf8)) == .failure(.notFormat1("3")))
        #expect(Migration.migrate(Array(#"{"id": "x"}"#.utf8)) == .failure(.notFormat1(nil)))
        #expect(
            Strings.nl.authoring.migrationRefused("a.json", .alreadyFormat2) == "a.json: is al formaat 2; niets veranderd")
    }

    @Test("een half omgezet bestand (al een kaart, expert of cue) wordt geen JSON met dubbele velden")
    func halfMigrated() throws {
        let text = Self.original
            .replacingOccurrences(
                of: #""beschrijving": "80 jaar, weduwe.","#, with: #""beschrijving": "80 jaar, weduwe.", "kaart": "Al een kaart","#
            )
            .replacingOccurrences(of: #""feedback": "Persoonlijk.""#, with: #""feedback": "Persoonlijk.", "expert": "Al een visie""#)
            .replacingOccurrences(
                of: #""toelichting": "Ze is 80.""#,
                with: #""toelichting": "Ze is 80.", "cue": "Mevrouw De Vries (80)", "gewicht": "bepalend""#
            )
            .replacingOccurrences(of: #""reflectie": 5 }"#, with: #""reflectie": 5, "pijlers": ["bereik"] }"#)
        let migrated = try Migration.migrate(Array(text.utf8)).get().text
        let root = try JSONParser.parse(migrated)  // the parser refuses a key twice in one object
        let library = CaseDecoder.decode(root, file: "p.json", fileName: nil, taxonomy: nil)
        // The leftovers are reported as unknown fields, pointing at the new names.
        let unknown = library.diagnostics.compactMap {
            if case .unknownField(let name, let suggestion) = $0.problem { "\(name)→\(suggestion ?? "")" } else { nil }
        }
        #expect(unknown.sorted() == ["beschrijving→kaart", "feedback→expert", "pijlers→pijler"])
    }
}
