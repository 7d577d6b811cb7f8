import CasusIO
import TestSupport
import Testing

@testable import CasusCore

/// One broken case per validation rule: each asserts the exact problem, field
/// path, line and column, found by plain text search in the broken file.
@Suite("Validatieregels met bestand, regel, kolom en veldpad")
struct ValidationRuleTests {
    struct Mutation: Sendable, CustomTestStringConvertible {
        let name: String
        let find: String
        let replace: String
        /// Text in the broken file where the error must point (first occurrence unless `occurrence`).
        let at: String
        var occurrence = 1
        let path: String
        let problem: Problem
        /// Further errors that rightly follow (a duplicated pillar leaves another one missing).
        var alsoExpected: [Problem] = []
        var testDescription: String { name }
    }

    static let mutations: [Mutation] = [
        Mutation(
            name: "onbekende factor", find: #""factor": "taal""#, replace: #""factor": "tall""#,
            at: #""tall""#, path: "personen[0].factoren[1].factor", problem: .unknownFactor("tall", suggestion: "taal")),
        Mutation(
            name: "onbekende pijler", find: #""pijler": "werkwijze""#, replace: #""pijler": "werkwjize""#,
            at: #""werkwjize""#, path: "dilemmas[1].pijler", problem: .unknownPillar("werkwjize", suggestion: "werkwijze")),
        Mutation(
            name: "dubbele pijler", find: #""pijler": "werkwijze""#, replace: #""pijler": "bereik""#,
            at: #""bereik""#, occurrence: 2, path: "dilemmas[1].pijler", problem: .duplicatePillar("bereik"),
            alsoExpected: [.missingPillar("werkwijze")]),
        Mutation(
            name: "ontbrekende pijler",
            find: #"{ "pijler": "randvoorwaarden", "vraag": "Wat heb je nodig?", "opties": ["#,
            replace: #"{ "pijler": "competenties", "vraag": "Wat heb je nodig?", "opties": ["#,
            at: "[\n    { \"pijler\": \"bereik\"", path: "dilemmas", problem: .missingPillar("randvoorwaarden"),
            alsoExpected: [.duplicatePillar("competenties")]),
        Mutation(
            name: "minder dan 3 opties", find: "\n      { \"tekst\": \"Brief\", \"score\": 0, \"feedback\": \"Ze leest slecht.\" },",
            replace: "", at: "[\n      { \"tekst\": \"Bellen\"", path: "dilemmas[0].opties",
            problem: .tooFewItems(found: 2, minimum: 3)),
        Mutation(
            name: "geen beste optie", find: #""tekst": "Tijd", "score": 3"#, replace: #""tekst": "Tijd", "score": 2"#,
            at: "[\n      { \"tekst\": \"Tijd\"", path: "dilemmas[3].opties", problem: .noBestOption(highest: 2, best: 3)),
        Mutation(
            name: "score buiten bereik", find: #""tekst": "Brief", "score": 0"#, replace: #""tekst": "Brief", "score": 7"#,
            at: "7", path: "dilemmas[0].opties[1].score", problem: .outOfRange("7", range: 0...3)),
        Mutation(
            name: "score geen geheel getal", find: #""tekst": "Brief", "score": 0"#, replace: #""tekst": "Brief", "score": 1.5"#,
            at: "1.5", path: "dilemmas[0].opties[1].score", problem: .notAWholeNumber("1.5")),
        Mutation(
            name: "lege tekst", find: #""titel": "Proefcasus""#, replace: #""titel": "   ""#,
            at: #""   ""#, path: "titel", problem: .emptyText),
        Mutation(
            name: "stuurteken (ESC) in tekst", find: #""titel": "Proefcasus""#, replace: #""titel": "Proef\u001b[2Jcasus""#,
            at: #""Proef"#, path: "titel", problem: .controlCharacter(0x1B)),
        Mutation(
            name: "bestandsnaam past niet bij id", find: #""id": "proef-casus""#, replace: #""id": "andere-casus""#,
            at: #""andere-casus""#, path: "id", problem: .fileNameMismatch(id: "andere-casus", expectedFileName: "andere-casus.json")),
        Mutation(
            name: "ongeldig id", find: #""id": "proef-casus""#, replace: #""id": "Proef_Casus""#,
            at: #""Proef_Casus""#, path: "id", problem: .invalidID("Proef_Casus")),
        Mutation(
            name: "id met padtekens", find: #""id": "proef-casus""#, replace: #""id": "../../etc/passwd""#,
            at: #""../../etc/passwd""#, path: "id", problem: .invalidID("../../etc/passwd")),
        Mutation(
            name: "onbekend veld met suggestie", find: #""titel": "Proefcasus""#, replace: #""titl": "Proefcasus""#,
            at: #""titl""#, path: "titl", problem: .unknownField("titl", suggestion: "titel")),
        Mutation(
            name: "verplicht veld ontbreekt", find: "  \"reflectie\": [\"Wat zag je niet?\"],\n", replace: "",
            at: "{", path: "reflectie", problem: .missingField("reflectie")),
        Mutation(
            name: "verkeerd type", find: #""verhaal": ["Mevrouw De Vries (80) belt over haar buurman."]"#,
            replace: #""verhaal": "Mevrouw De Vries (80) belt over haar buurman.""#,
            at: #""Mevrouw De Vries (80)"#, path: "verhaal", problem: .wrongType(expected: .array, found: .string)),
        Mutation(
            name: "onbekende zichtbaarheid", find: #""zichtbaarheid": "zichtbaar""#, replace: #""zichtbaarheid": "soms""#,
            at: #""soms""#, path: "personen[0].factoren[0].zichtbaarheid",
            problem: .notOneOf("soms", allowed: ["zichtbaar", "onzichtbaar"])),
        Mutation(
            name: "dubbele factor bij één persoon", find: #""factor": "taal""#, replace: #""factor": "leeftijd""#,
            at: #""leeftijd""#, occurrence: 2, path: "personen[0].factoren[1].factor", problem: .duplicateFactor("leeftijd")),
        Mutation(
            name: "geen professional", find: #""rol": "professional""#, replace: #""rol": "naaste""#,
            at: "[\n    {\n      \"naam\": \"Mevrouw", path: "personen", problem: .missingRole(.professional)),
        Mutation(
            name: "nieuwere schemaversie", find: #""schemaVersion": 1"#, replace: #""schemaVersion": 3"#,
            at: "3,", path: "schemaVersion", problem: .unsupportedSchemaVersion("3", supported: 2)),
        Mutation(
            name: "minuten buiten bereik", find: #""pijler": 4"#, replace: #""pijler": 0"#,
            at: #"0, "reflectie": 5"#, path: "minuten.pijler", problem: .outOfRange("0", range: 1...60)),
        Mutation(
            name: "dubbele optietekst", find: #""tekst": "Doorverwijzen""#, replace: #""tekst": "Standaardpakket""#,
            at: #""Standaardpakket""#, occurrence: 2, path: "dilemmas[1].opties[2].tekst", problem: .duplicateOptionText),
    ]

    @Test("elke regel geeft precies één fout op de juiste plek", arguments: mutations)
    func rule(_ mutation: Mutation) throws {
        let original = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        #expect(original.contains(mutation.find), "mutatie vindt haar tekst niet")
        let broken = original.replacingOccurrences(of: mutation.find, with: mutation.replace)
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write("proef-casus.json", broken)

        let library = LibraryLoader.load(paths: [file])
        let errors = library.diagnostics.filter { $0.severity == .error }
        let expected = try #require(position(of: mutation.at, in: broken, occurrence: mutation.occurrence))
        #expect(errors.count == 1 + mutation.alsoExpected.count, "\(errors.map { $0.formatted(.nl) })")
        #expect(Set(errors.map(\.problem.testKey)) == Set(([mutation.problem] + mutation.alsoExpected).map(\.testKey)))
        let error = try #require(errors.first { $0.problem == mutation.problem })
        #expect(error.problem == mutation.problem)
        #expect(error.path == mutation.path)
        #expect(error.file == file)
        #expect(error.location == SourceLocation(line: expected.line, column: expected.column))
        #expect(library.cases.isEmpty)
    }

    @Test("de geldige proefcasus (formaat 1) geeft alleen de melding dat migreer hem omzet")
    func fixtureIsValid() {
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        let library = LibraryLoader.load(paths: [file])
        #expect(library.diagnostics.map(\.problem) == [.formatVersion1(file: file)], "\(library.diagnostics.map { $0.formatted(.nl) })")
        #expect(library.diagnostics.map(\.severity) == [.warning])
        #expect(library.cases.map(\.casus.id) == ["proef-casus"])
    }

    @Test("meldt alle fouten in alle bestanden in één keer, in bronvolgorde")
    func reportsEverything() {
        let original = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write(
            "proef-casus.json",
            original.replacingOccurrences(of: #""score": 3, "feedback": "Tijd"#, with: "")
                .replacingOccurrences(of: #""factor": "taal""#, with: #""factor": "geloof""#)
                .replacingOccurrences(of: #""pijler": 4"#, with: #""pijler": 99"#)
                .replacingOccurrences(of: #""kant": "inwoner""#, with: #""kant": "buurt""#))
        dir.write("tweede.json", "{\"id\": ")
        let library = LibraryLoader.load(paths: [dir.path])
        let lines = library.diagnosticsBesideFormatNotice.map { $0.formatted(.nl) }
        #expect(lines.count == 4, "\(lines)")
        #expect(lines[0].contains("personen[0].factoren[1].factor: onbekende factor 'geloof'"))
        #expect(lines[1].contains("knelpunten[0].kant: 'buurt' is geen geldige waarde"))
        #expect(lines[2].contains("minuten.pijler: 99 valt buiten het bereik"))
        #expect(lines[3].hasPrefix(dir.path + "/tweede.json:1:8: ongeldige JSON"))
    }

    @Test("hetzelfde id in twee bestanden wijst naar het eerste")
    func duplicateIDs() throws {
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        let dir = TempDirectory().withShippedTaxonomy()
        let a = TempDirectory().withShippedTaxonomy()
        dir.write("proef-casus.json", text)
        let second = a.write("proef-casus.json", text)
        let library = LibraryLoader.load(paths: [dir.path, second])
        let line = try #require(position(of: #""proef-casus""#, in: text)).line
        #expect(library.cases.count == 1)
        #expect(
            library.diagnosticsBesideFormatNotice.map(\.problem) == [
                .duplicateID("proef-casus", firstFile: dir.path + "/proef-casus.json", firstLine: line)
            ])
        #expect(library.diagnosticsBesideFormatNotice.first?.file == second)
    }

    @Test("een onbekende factor in factoren.json zelf: dubbel id en ontbrekend veld")
    func taxonomyErrors() {
        let dir = TempDirectory()
        dir.write(
            "factoren.json",
            """
            {"schemaVersion": 1, "factoren": [
              {"id": "taal", "naam": "Taal", "omschrijving": "x", "meestal": "wisselend"},
              {"id": "taal", "naam": "Taal", "omschrijving": "x", "meestal": "wisselend"},
              {"id": "leeftijd", "naam": "Leeftijd", "meestal": "zichtbaar"}
            ]}
            """)
        dir.write("pijlers.json", #"{"schemaVersion": 1, "pijlers": []}"#)
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(library.taxonomy == nil)
        #expect(
            library.diagnostics.map(\.problem) == [
                .duplicateFactor("taal"), .missingField("omschrijving"), .tooFewItems(found: 0, minimum: 1),
            ])
        #expect(library.diagnostics.map(\.location.line) == [3, 4, 1])
    }

    @Test("een dubbele pijler in pijlers.json heet een pijler, niet een factor")
    func duplicatePillarInTaxonomy() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let text = readText(dir.path + "/pijlers.json").replacingOccurrences(of: #""id": "werkwijze""#, with: #""id": "bereik""#)
        let file = dir.write("pijlers.json", text)
        let at = try #require(position(of: #""bereik""#, in: text, occurrence: 2))
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(library.taxonomy == nil)
        let diagnostic = try #require(library.diagnostics.first)
        #expect(library.diagnostics.map(\.problem) == [.duplicatePillarID("bereik")])
        #expect(diagnostic.formatted(.nl) == "\(file):\(at.line):\(at.column): pijlers[1].id: pijler 'bereik' staat hier twee keer")
        #expect(diagnostic.formatted(.en) == "\(file):\(at.line):\(at.column): pijlers[1].id: pillar 'bereik' is listed twice here")
    }

    @Test("ontbrekende factoren.json wordt gemeld, niet als crash")
    func missingTaxonomy() {
        let dir = TempDirectory()
        dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(
            library.diagnosticsBesideFormatNotice.map(\.problem) == [
                .taxonomyMissing(directory: dir.path, file: "factoren.json"),
                .taxonomyMissing(directory: dir.path, file: "pijlers.json"),
            ])
        #expect(library.cases.isEmpty)
    }

    @Test("onzichtbare opmaaktekens geven een waarschuwing, geen fout")
    func invisibleCharacterWarning() {
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
            .replacingOccurrences(of: #""titel": "Proefcasus""#, with: #""titel": "Proef\u202ecasus""#)
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write("proef-casus.json", text)
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(library.diagnosticsBesideFormatNotice.map(\.problem) == [.invisibleCharacter(0x202E)])
        #expect(library.diagnosticsBesideFormatNotice.first?.severity == .warning)
        #expect(library.cases.count == 1)
    }
}

extension Problem {
    /// Problems are Equatable but not Hashable; their description is a fine set key in tests.
    var testKey: String { String(describing: self) }
}
