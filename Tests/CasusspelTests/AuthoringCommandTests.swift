import Foundation
import TestSupport
import Testing

@Suite("casusspel nieuw en validate --dekking/--doorspelen")
struct AuthoringCommandTests {
    @Test("nieuw schrijft een sjabloon dat validate afkeurt tot het ingevuld is; nooit overschrijven")
    func newCase() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let made = try ProcessRunner.run(Binary.path, ["nieuw", "buurtvader-in-laak", "--map", dir.path])
        #expect(made.status == 0, "\(made.stderr)")
        let file = dir.path + "/buurtvader-in-laak.json"
        #expect(readText(file).hasPrefix("{\n  \"$schema\": \"schema/case.schema.json\""))
        let check = try ProcessRunner.run(Binary.path, ["validate", file])
        #expect(check.status == 1)
        #expect(check.stdoutLines.first == "\(file):5:12: titel: bevat nog sjabloontekst «vul in: …»; vervang die door de eigen tekst")
        let again = try ProcessRunner.run(Binary.path, ["nieuw", "buurtvader-in-laak", "--map", dir.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("File exists"))
        let invalid = try ProcessRunner.run(Binary.path, ["nieuw", "../buiten", "--map", dir.path])
        #expect(invalid.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/../buiten.json"))
    }

    @Test("--dekking toont per factor en pijler hoe vaak ze voorkomen")
    func coverage() throws {
        let result = try ProcessRunner.run(Binary.path, ["validate", "--dekking"], workingDirectory: PackagePaths.root)
        #expect(result.status == 0)
        let lines = result.stdoutLines
        #expect(lines.contains { $0.hasPrefix("Dekking over ") })
        #expect(lines.contains { $0.hasPrefix("Taal en geletterdheid") && $0.contains("█") })
        #expect(lines.contains { $0.hasPrefix("Randvoorwaarden") })
    }

    @Test("--doorspelen speelt elke casus langs alle keuzes")
    func playThrough() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        let result = try ProcessRunner.run(Binary.path, ["validate", "--doorspelen", dir.path])
        #expect(result.status == 0)
        let row = try #require(result.stdoutLines.first { $0.hasPrefix("proef-casus ") })
        let cells = row.split(separator: " ", omittingEmptySubsequences: true)
        #expect(cells == ["proef-casus", "672", "0", "20", "1,1,1,1", "39", "–", "0"])
    }
}
