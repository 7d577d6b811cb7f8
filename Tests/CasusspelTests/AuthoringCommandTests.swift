import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

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

    @Test("migreer zet formaat 1 om, houdt de rechten, en laat formaat 2 en kapotte JSON onaangeroerd (exitcode 1)")
    func migrate() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let file = dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        #expect(chmod(file, 0o640) == 0)
        let result = try ProcessRunner.run(Binary.path, ["migreer", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdoutLines == [
                "\(file): omgezet naar formaat 2. Vul de 9 plekken «vul in: …» in en kijk de kaarten na (de vroegere "
                    + "'beschrijving' zien de groepen nu); `casusspel validate \(file)` wijst alles aan."
            ])
        let migrated = readText(file)
        #expect(migrated.contains(#""schemaVersion": 2,"#))
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["factoren.json", "pijlers.json", "proef-casus.json"])

        let broken = dir.write("kapot.json", "{\"schemaVersion\": 1,")
        let again = try ProcessRunner.run(Binary.path, ["migreer", file, broken])
        #expect(again.status == 1)
        #expect(
            again.stderr.split(separator: "\n") == [
                "\(file): is al formaat 2; niets veranderd",
                "\(broken):1:21: ongeldige JSON: het bestand houdt halverwege op (afgebroken?); niets veranderd",
            ])
        #expect(readText(file) == migrated)
        #expect(readText(broken) == "{\"schemaVersion\": 1,")
    }

    @Test("validate waarschuwt over de hele bibliotheek; --dekking toont hoeveel oordelen van de standaard afwijken")
    func libraryChecks() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write("proef-casus-v2.json", readText(PackagePaths.coreFixtures + "/proef-casus-v2.json"))
        let result = try ProcessRunner.run(Binary.path, ["validate", "--dekking", dir.path])
        #expect(result.status == 0, "\(result.stdout)")
        let lines = result.stdoutLines
        // Position 3 holds 2, 2, 3 and 2 points: 2.25 a dilemma, where a random pick gets (5/3 + 5/3 + 2 + 5/3) / 4 = 1.75.
        #expect(
            lines.contains {
                $0.hasPrefix("waarschuwing: wie altijd optie 3 kiest, haalt gemiddeld 2,25 punten per dilemma; willekeurig kiezen 1,75")
            })
        // leeftijd (meestal zichtbaar) and opleiding (meestal onzichtbaar) follow the default; gezin does not; the rest is wisselend.
        #expect(lines.contains { $0.hasPrefix("waarschuwing: 2 van 3 oordelen over zichtbaarheid (67 %)") })
        #expect(lines.contains("3 bestanden, 1 casus: geldig, 3 waarschuwingen"))
        #expect(lines.contains { $0.hasPrefix("Zichtbaarheid: 1 van 3 oordelen (33 %) wijken af van 'meestal'") })
        let row = try #require(lines.first { $0.hasPrefix("optie 3 ") })
        #expect(row.split(separator: " ", omittingEmptySubsequences: true) == ["optie", "3", "2,25", "1,75", "+0,50"])
    }

    @Test("--doorspelen toont voortgang op een terminal (één regel met \\r), en niets als stderr geen terminal is")
    func playThroughProgress() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let proef = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        for n in 1...6 {
            dir.write("proef-\(n).json", proef.replacingOccurrences(of: #""id": "proef-casus""#, with: #""id": "proef-\#(n)""#))
        }
        // script(1) gives the program a pseudo-terminal and copies everything it writes there.
        let command = "\(Binary.path) validate --doorspelen \(dir.path) 2>&1"
        let onTerminal = try ProcessRunner.run("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], timeout: 60)
        #expect(onTerminal.status == 0, "\(onTerminal.stdout)")
        // The terminal turns each newline into \r\n (one Character in Swift): back to \n before looking.
        let output = onTerminal.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(output.contains("\rDoorspelen: 6/6 casussen"))
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("proef-") }
        #expect(rows.count == 6)
        let piped = try ProcessRunner.run(Binary.path, ["validate", "--doorspelen", dir.path], timeout: 60)
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("Doorspelen") && !piped.stdout.contains("\r"))
        #expect(piped.stdoutLines.filter { $0.hasPrefix("proef-") }.map { $0.split(separator: " ")[0] } == (1...6).map { "proef-\($0)" })
    }
}
