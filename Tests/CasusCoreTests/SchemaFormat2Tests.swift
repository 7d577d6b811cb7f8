import CasusIO
import Foundation
import TestSupport
import Testing

@testable import CasusCore

/// The JSON Schema describes format 2 (and still accepts format 1): a valid
/// format-2 case passes both it and the validator, and each rule a schema can
/// express fails both when broken.
@Suite("JSON Schema voor formaat 2")
struct SchemaFormat2Tests {
    static let fixture = readText(PackagePaths.coreFixtures + "/proef-casus-v2.json")

    /// A folder with the schema and the taxonomy beside the case, as in `Cases/`.
    static func folder(_ text: String) throws -> (TempDirectory, String) {
        let dir = TempDirectory().withShippedTaxonomy()
        try FileManager.default.createDirectory(atPath: dir.path + "/schema", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: PackagePaths.cases + "/schema/case.schema.json", toPath: dir.path + "/schema/case.schema.json")
        let file = dir.write("proef-casus-v2.json", text.replacingOccurrences(of: "../../../Cases/schema/", with: "schema/"))
        return (dir, file)
    }

    @Test("de proefcasus in formaat 2 voldoet aan schema en validator")
    func validPasses() throws {
        let (dir, file) = try Self.folder(Self.fixture)
        #expect(try SchemaCheck.run(files: [file]).failures.isEmpty)
        #expect(LibraryLoader.load(paths: [dir.path]).diagnostics.isEmpty)
    }

    @Test(
        "een kapotte casus in formaat 2 faalt voor schema én validator",
        arguments: [
            (#""gewicht": "bepalend""#, #""gewicht": "belangrijk""#),  // enum
            (#", "cue": "belt elke ochtend even aan""#, ""),  // required cue
            (#""tekst": "Buurvrouw", "score": 2"#, #""tekst": "Buurvrouw", "score": 1"#),  // two options scored 2 or more
            (#""pijlers": ["bereik", "werkwijze"]"#, #""pijlers": ["bereik", "werkwijze", "competenties"]"#),  // 1–2 pillars
            (#""pijlers": ["bereik", "werkwijze"]"#, #""pijlers": ["bereik", "bereik"]"#),  // no pillar twice
            (#""expert": "Nodig.""#, #""feedback": "Nodig.""#),  // format-1 field name
            (#""teaser": "Een vrouw"#, #""teaser": "«vul in: x» Een vrouw"#),  // placeholder in a new field
            (#""kort": { "verhaal": 2"#, #""kort": { "verhaal": 2.5"#),  // integer minutes
            (#""personen": ["#, #""bepalendMax": 0, "personen": ["#),  // 1–5
        ])
    func brokenFailsBoth(_ find: String, _ replace: String) throws {
        #expect(Self.fixture.contains(find))
        let (dir, file) = try Self.folder(Self.fixture.replacingOccurrences(of: find, with: replace))
        #expect(try SchemaCheck.run(files: [file]).failures.count == 1)
        #expect(LibraryLoader.load(paths: [dir.path]).errorCount >= 1)
    }

    @Test("wat nieuw en migreer schrijven, faalt in het schema alleen op de sjabloonteksten")
    func templateAndMigration() throws {
        let taxonomy = try #require(LibraryLoader.loadTaxonomy(in: PackagePaths.cases).0)
        let migrated = try Migration.migrate(Array(readText(PackagePaths.coreFixtures + "/proef-casus.json").utf8)).get().text
        for text in [CaseTemplate.json(id: "proef-casus-v2", taxonomy: taxonomy), migrated] {
            let filled = text.replacingOccurrences(of: "«vul in:", with: "ingevuld:")
                // The v1 fixture's dilemmas have one defensible option; the schema rightly refuses that too.
                .replacingOccurrences(of: #""score": 1"#, with: #""score": 2"#)
            let (dir, file) = try Self.folder(filled)
            #expect(try SchemaCheck.run(files: [file]).failures.isEmpty, "\(dir.path)")
        }
    }
}
