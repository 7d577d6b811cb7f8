import CasusIO
import TestSupport
import Testing

@testable import CasusCore

/// The rules format 2 added, one broken copy of the valid format-2 fixture per
/// rule: each asserts the exact problem, severity, field path, line and column.
@Suite("Formaat 2: regels met bestand, regel, kolom en veldpad")
struct Format2RuleTests {
    static let fixtureName = "proef-casus-v2.json"

    struct Mutation: Sendable, CustomTestStringConvertible {
        let name: String
        let edits: [(find: String, replace: String)]
        /// Text in the broken file where the diagnostic must point.
        let at: String
        var occurrence = 1
        let path: String
        let problem: Problem
        var severity: Diagnostic.Severity = .error
        var testDescription: String { name }
    }

    static let mutations: [Mutation] = [
        Mutation(
            name: "cue staat niet in de tekst", edits: [(#""cue": "belt elke ochtend even aan""#, #""cue": "belt elke avond even aan""#)],
            at: #""belt elke avond"#, path: "personen[1].factoren[0].cue", problem: .cueNotInText),
        Mutation(
            name: "cue van twee woorden", edits: [(#""cue": "belt elke ochtend even aan""#, #""cue": "even aan""#)],
            at: #""even aan""#, path: "personen[1].factoren[0].cue", problem: .cueTooShort(words: 2), severity: .warning),
        Mutation(
            name: "cue die alleen de factor noemt",
            edits: [
                ("Buurman, 82, belt elke ochtend even aan.", "Buurman, 82, netwerk en mantelzorg."),
                (#""cue": "belt elke ochtend even aan""#, #""cue": "netwerk en mantelzorg""#),
            ],
            at: #""netwerk en"#, path: "personen[1].factoren[0].cue", problem: .cueIsLabel(factor: "gezin"), severity: .warning),
        Mutation(
            name: "meer bepalende factoren dan bepalendMax",
            edits: [
                (#""personen": ["#, #""bepalendMax": 1,\#n  "personen": ["#),
                (#""factor": "leeftijd", "gewicht": "speelt-mee""#, #""factor": "leeftijd", "gewicht": "bepalend""#),
            ],
            at: #""bepalend""#, occurrence: 2, path: "personen[0].factoren[1].gewicht",
            problem: .tooManyDeterminingFactors(kant: .client, found: 2, maximum: 1)),
        Mutation(
            name: "een factor bij twee personen van één kant telt één keer; de derde gaat over de grens",
            edits: [
                (#""personen": ["#, #""bepalendMax": 2,\#n  "personen": ["#),
                (#""factor": "leeftijd", "gewicht": "speelt-mee""#, #""factor": "leeftijd", "gewicht": "bepalend""#),
                (
                    #"{ "factor": "gezin", "gewicht": "speelt-mee""#,
                    #"{ "factor": "leeftijd", "gewicht": "bepalend", "zichtbaarheid": "zichtbaar", "cue": "Buurman, 82, belt", "toelichting": "Ook hij is oud." },\#n        { "factor": "gezin", "gewicht": "bepalend""#
                ),
            ],
            at: #""bepalend""#, occurrence: 4, path: "personen[1].factoren[1].gewicht",
            problem: .tooManyDeterminingFactors(kant: .client, found: 3, maximum: 2)),
        Mutation(
            name: "minder dan twee opties met score 2 of hoger",
            edits: [(#""tekst": "Buurvrouw", "score": 2"#, #""tekst": "Buurvrouw", "score": 1"#)],
            at: "[\n      { \"tekst\": \"Bellen\"", path: "dilemmas[0].opties",
            problem: .tooFewDefensibleOptions(found: 1, minimum: 2, score: 2)),
        Mutation(
            name: "trainer zonder regels",
            edits: [
                (
                    "\"regels\": [\n      { \"regel\": \"De gemeente moet een melding voor maatschappelijke ondersteuning in behandeling nemen.\", \"bron\": \"Wmo 2015, artikel 2.3.2\" }\n    ],\n",
                    ""
                )
            ],
            at: "{\n    \"achtergrond\"", path: "trainer.regels", problem: .missingField("regels")),
        Mutation(
            name: "trainer met een lege lijst regels",
            edits: [
                (
                    #"{ "regel": "De gemeente moet een melding voor maatschappelijke ondersteuning in behandeling nemen.", "bron": "Wmo 2015, artikel 2.3.2" }"#,
                    ""
                )
            ],
            at: "[\n      \n    ]", path: "trainer.regels", problem: .tooFewItems(found: 0, minimum: 1)),
        Mutation(
            name: "regel zonder bron", edits: [(#""bron": "Wmo 2015, artikel 2.3.2""#, #""bron": " ""#)],
            at: #"" ""#, path: "trainer.regels[0].bron", problem: .emptyText),
        Mutation(
            name: "onbekende pijler in het korte formaat",
            edits: [(#""pijlers": ["bereik", "werkwijze"]"#, #""pijlers": ["bereik", "werkwijz"]"#)],
            at: #""werkwijz""#, path: "minuten.kort.pijlers[1]", problem: .unknownPillar("werkwijz", suggestion: "werkwijze")),
        Mutation(
            name: "dezelfde pijler twee keer in het korte formaat",
            edits: [(#""pijlers": ["bereik", "werkwijze"]"#, #""pijlers": ["bereik", "bereik"]"#)],
            at: #""bereik"]"#, path: "minuten.kort.pijlers[1]", problem: .duplicateEntry("bereik")),
        Mutation(
            name: "drie pijlers in het korte formaat",
            edits: [(#""pijlers": ["bereik", "werkwijze"]"#, #""pijlers": ["bereik", "werkwijze", "competenties"]"#)],
            at: #""competenties"]"#, path: "minuten.kort.pijlers", problem: .tooManyItems(found: 3, maximum: 2)),
        Mutation(
            name: "korte minuten buiten bereik", edits: [(#""kort": { "verhaal": 2"#, #""kort": { "verhaal": 61"#)],
            at: "61", path: "minuten.kort.verhaal", problem: .outOfRange("61", range: 1...60)),
        Mutation(
            name: "kort formaat te lang", edits: [(#""reflectie": 3, "pijlers""#, #""reflectie": 20, "pijlers""#)],
            at: #"{ "verhaal": 2"#, path: "minuten.kort", problem: .shortFormatDuration(total: 37, range: 15...35), severity: .warning),
        Mutation(
            name: "onbekend gewicht",
            edits: [
                (
                    #""gewicht": "speelt-mee", "zichtbaarheid": "zichtbaar", "cue": "80"#,
                    #""gewicht": "belangrijk", "zichtbaarheid": "zichtbaar", "cue": "80"#
                )
            ],
            at: #""belangrijk""#, path: "personen[0].factoren[0].gewicht",
            problem: .notOneOf("belangrijk", allowed: ["bepalend", "speelt-mee"])),
        Mutation(
            name: "teaser ontbreekt", edits: [("  \"teaser\": \"Een vrouw van tachtig belt het wijkteam over haar buurman.\",\n", "")],
            at: "{", path: "teaser", problem: .missingField("teaser")),
        Mutation(
            name: "sjabloontekst in de teaser", edits: [(#""teaser": "Een vrouw"#, #""teaser": "«vul in: iets» Een vrouw"#)],
            at: #""«vul in: iets»"#, path: "teaser", problem: .placeholder),
        Mutation(
            name: "sjabloontekst in de trainersnotities", edits: [(#""discussie": "Mag"#, #""discussie": "«vul in: punt» Mag"#)],
            at: #""«vul in: punt»"#, path: "trainer.discussie", problem: .placeholder),
        Mutation(
            name: "formaat-1-veld beschrijving in formaat 2", edits: [(#""kaart": "Buurman"#, #""beschrijving": "Buurman"#)],
            at: #""beschrijving""#, path: "personen[1].beschrijving", problem: .unknownField("beschrijving", suggestion: "kaart")),
        Mutation(
            name: "formaat-1-veld feedback in formaat 2", edits: [(#""expert": "Ze leest slecht.""#, #""feedback": "Ze leest slecht.""#)],
            at: #""feedback""#, path: "dilemmas[0].opties[1].feedback", problem: .unknownField("feedback", suggestion: "expert")),
        Mutation(
            name: "bepalendMax buiten bereik", edits: [(#""personen": ["#, #""bepalendMax": 6,\#n  "personen": ["#)],
            at: "6,", path: "bepalendMax", problem: .outOfRange("6", range: 1...5)),
    ]

    @Test("elke regel geeft precies één melding op de juiste plek", arguments: mutations)
    func rule(_ mutation: Mutation) throws {
        let original = readText(PackagePaths.coreFixtures + "/" + Self.fixtureName)
        var broken = original
        for edit in mutation.edits {
            #expect(broken.contains(edit.find), "mutatie vindt '\(edit.find)' niet")
            broken = broken.replacingOccurrences(of: edit.find, with: edit.replace)
        }
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write(Self.fixtureName, broken)

        let library = LibraryLoader.load(paths: [file])
        let expected = try #require(position(of: mutation.at, in: broken, occurrence: mutation.occurrence))
        #expect(library.diagnostics.count == 1, "\(library.diagnostics.map { $0.formatted(.nl) })")
        let diagnostic = try #require(library.diagnostics.first)
        #expect(diagnostic.problem == mutation.problem)
        #expect(diagnostic.severity == mutation.severity)
        #expect(diagnostic.path == mutation.path)
        #expect(diagnostic.file == file)
        #expect(diagnostic.location == SourceLocation(line: expected.line, column: expected.column))
        #expect(library.cases.count == (mutation.severity == .warning ? 1 : 0))
    }

    @Test("de geldige proefcasus in formaat 2 geeft geen enkele melding en vult elk nieuw veld")
    func fixtureIsValid() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write(Self.fixtureName, readText(PackagePaths.coreFixtures + "/" + Self.fixtureName))
        let library = LibraryLoader.load(paths: [file])
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map { $0.formatted(.nl) })")
        let casus = try #require(library.cases.first?.casus)
        #expect(casus.schemaVersion == 2)
        #expect(casus.teaser == "Een vrouw van tachtig belt het wijkteam over haar buurman.")
        #expect(casus.bepalendMax == 3)
        #expect(casus.personen[1].kaart == "Buurman, 82, belt elke ochtend even aan.")
        #expect(casus.personen[0].factoren.map(\.gewicht) == [.speeltMee, .bepalend])
        #expect(casus.personen[0].factoren[1].cue == "'Die lees ik later wel', zegt ze")
        #expect(casus.dilemmas[0].opties[0].expert == "Persoonlijk, en ze hoeft niets te lezen.")
        #expect(
            casus.trainer?.regels == [
                TrainerNotes.Regel(
                    regel: "De gemeente moet een melding voor maatschappelijke ondersteuning in behandeling nemen.",
                    bron: "Wmo 2015, artikel 2.3.2")
            ])
        #expect(casus.trainer?.voorzieningen == "Het Taalhuis in de bibliotheek.")
        #expect(casus.minuten.totaal(dilemmas: 4) == 39)
        #expect(
            casus.kort
                == KortFormaat(
                    minuten: Minuten(verhaal: 2, knelpunten: 3, factoren: 3, zichtbaarheid: 3, pijler: 3, reflectie: 3),
                    pijlers: ["bereik", "werkwijze"]))
        #expect(casus.kort?.totaal == 20)
        #expect(casus.referentie(voor: .client).map(\.gewicht) == [.speeltMee, .bepalend, .speeltMee])
    }

    @Test(
        "een cue verdraagt andere witruimte en typografische of rechte aanhalingstekens",
        arguments: [
            #"'Die lees ik later wel', zegt ze"#,  // straight quotes against ‘ ’ in the story
            #"‘Die \u00a0 lees ik later wel’,  zegt ze"#,  // a run of spaces, one of them no-break
            #"‚Die lees ik later wel‛, zegt ze"#,  // low-9 and reversed quotes
            #"  Die lees ik later wel’, zegt ze "#,  // white space at both ends
        ])
    func cueTolerance(_ cue: String) throws {
        let text = readText(PackagePaths.coreFixtures + "/" + Self.fixtureName)
            .replacingOccurrences(of: #""cue": "'Die lees ik later wel', zegt ze""#, with: "\"cue\": \"\(cue)\"")
            // The story side may differ as well: a double space, and „ ” around another quotation.
            .replacingOccurrences(of: "Sanne komt langs en ziet", with: "Sanne  komt langs, „Zo”, en ziet")
            .replacingOccurrences(of: #""cue": "Wijkteammedewerker, hbo, werkt zes jaar""#, with: #""cue": "komt langs, \"Zo\", en ziet""#)
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write(Self.fixtureName, text)
        let library = LibraryLoader.load(paths: [file])
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map { $0.formatted(.nl) })")
        #expect(library.cases.count == 1)
    }

    @Test("een cue telt alleen binnen één alinea of kaart, en hoofdletters tellen")
    func cueIsLiteral() {
        let check = CueCheck(visible: ["Hij zegt: ‘Ik red me wel.’", "Ze belt elke ochtend."])
        #expect(check.occurs("Hij zegt: 'Ik red me wel.'"))
        #expect(check.occurs("belt elke\tochtend"))
        #expect(!check.occurs("wel.' Ze belt"))  // across two texts
        #expect(!check.occurs("hij zegt"))
        #expect(!check.occurs("   "))
        #expect(CueCheck.isLabel("Taal en geletterdheid", factorID: "taal", factorName: "Taal en geletterdheid"))
        #expect(CueCheck.isLabel("taal", factorID: "taal", factorName: nil))
        #expect(!CueCheck.isLabel("Ze laat de brieven liggen", factorID: "taal", factorName: "Taal en geletterdheid"))
    }

    @Test("formaat 1 laadt, met een waarschuwing die zegt dat migreer het omzet (Nederlands en Engels)")
    func formatOneNotice() throws {
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write("proef-casus.json", text)
        let library = LibraryLoader.load(paths: [file])
        let notice = try #require(library.diagnostics.first)
        #expect(library.diagnostics.count == 1)
        #expect(notice.severity == .warning)
        let at = try #require(position(of: "1,", in: text))
        #expect(
            notice.formatted(.nl)
                == "\(file):\(at.line):\(at.column): schemaVersion: waarschuwing: dit is casusformaat 1; `casusspel migreer \(file)` "
                + "zet het om naar formaat 2 (kaarten, cues, gewicht, expertvisie, trainersnotities)")
        #expect(
            notice.formatted(.en).hasSuffix(
                "warning: this is case format 1; `casusspel migreer \(file)` converts it to format 2 (cards, cues, weights, expert views, trainer notes)"
            ))
        // Format 1 plays as before: its weights follow from visibility, so scoring is unchanged.
        let casus = try #require(library.cases.first?.casus)
        #expect(casus.schemaVersion == 1)
        #expect(casus.teaser == nil && casus.trainer == nil && casus.kort == nil)
        #expect(casus.personen[0].kaart == "80 jaar, weduwe.")
        #expect(casus.personen[0].factoren.map(\.gewicht) == [.speeltMee, .bepalend])
        #expect(casus.personen[0].factoren.allSatisfy { $0.cue == nil })
        #expect(casus.dilemmas[0].opties[0].expert == "Persoonlijk.")
    }
}
