import Foundation
import TestSupport
import Testing

/// `sessies`, `rapport` and `statistiek` on a log directory with the fixed session.
@Suite("casusspel sessies, rapport en statistiek")
struct SessionCommandTests {
    let logs = TempDirectory("sessies")
    let cases = TempDirectory.proefLibrary()

    init() {
        logs.write("20261120-091000-a1b2.jsonl", readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl"))
    }

    /// In UTC unless the test names a zone: the golden report shows times as the machine's zone would.
    func run(_ arguments: [String], environment: [String: String] = ["TZ": "UTC"]) throws -> ProcessResult {
        try ProcessRunner.run(Binary.path, arguments + ["--log-dir", logs.path, "--cases", cases.path], environment: environment)
    }

    @Test("sessies: id, datum, training, casussen, groepen, status; nieuwste eerst; kapotte logs genoemd")
    func list() throws {
        let newer = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl").split(separator: "\n").prefix(12)
            .joined(separator: "\n").replacing("20261120-091000-a1b2", with: "20261121-080000-beef")
        logs.write("20261121-080000-beef.jsonl", newer + "\n")
        logs.write("20261122-000000-dead.jsonl", "geen json\n{}\n")
        let result = try run(["sessies", "--breedte", "200"])
        #expect(result.status == 0)
        let lines = result.stdoutLines
        #expect(lines[0].hasPrefix("SESSIE") && lines[0].hasSuffix("STATUS") && lines[0].contains("DATUM (UTC)"))
        #expect(lines[2].hasPrefix("20261121-080000-beef  20-11-2026 09:10") && lines[2].hasSuffix("open"))
        #expect(lines[3].hasPrefix("20261120-091000-a1b2") && lines[3].contains("Wijkteam Laak — dag 2") && lines[3].hasSuffix("afgerond"))
        #expect(lines[3].contains("Proefcasus") && lines[3].contains("Team Laak, Team <Escamp> & co"))
        #expect(result.stderr.contains("20261122-000000-dead.jsonl:1: beschadigde regel"))
    }

    @Test("rapport: standaard de nieuwste sessie als Markdown; -o schrijft een bestand; --lang en")
    func report() throws {
        let markdown = try run(["rapport"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout == readText(PackagePaths.coreFixtures + "/rapport/sessie-proef.md"))
        let out = logs.path + "/verslag.html"
        let html = try run(["rapport", "20261120", "--format", "html", "-o", out])
        #expect(html.status == 0 && html.stdout.isEmpty && html.stderr.contains("verslag.html"))
        #expect(readText(out).hasPrefix("<!DOCTYPE html>"))
        let english = try run(["rapport", "--format", "csv", "--lang", "en"])
        #expect(english.stdout.hasPrefix("session,date,training,case,"))
        let empty = TempDirectory("leeg")
        let none = try ProcessRunner.run(Binary.path, ["rapport", "--log-dir", empty.path])
        #expect(none.status == 1 && none.stderr.contains("Nog geen sessies in"))
        let missing = try run(["rapport", "1999"])
        #expect(missing.status == 1 && missing.stderr.contains("geen sessie gevonden voor ‘1999’"))
    }

    @Test("statistiek: tabel met balken, csv, en --case")
    func statistics() throws {
        let table = try run(["statistiek"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Statistiek over 1 sessie(s), 1 keer een casus gespeeld"))
        let bereik = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("  Bereik ") })
        #expect(bereik.split(separator: " ") == ["Bereik", "1", "3", "1/2", "(50%)", "██████████░░░░░░░░░░", "Bellen"])
        let csv = try run(["statistiek", "--format", "csv", "--case", "proef-casus"])
        #expect(csv.stdout.contains("optie,proef-casus,bereik,1,3,1,2\r\n"))
    }

    @Test("een log van een nieuwere versie: duidelijke melding, exit 1, geen crash")
    func newerVersion() throws {
        logs.write(
            "20261123-000000-0001.jsonl", readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl").replacing(#""v":2"#, with: #""v":9"#))
        let result = try run(["rapport", "20261123"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("formaatversie 9") && !result.stderr.contains("Fatal"))
    }

    @Test("rapport zonder id: de nieuwste geldige sessie, niet een leeg of vreemd log dat nieuwer is")
    func newestValidSession() throws {
        logs.write("20261124-000000-0000.jsonl", "")
        logs.write("20261125-000000-ffff.jsonl", "{\"a\":1}\n")
        let result = try run(["rapport", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("20261120-091000-a1b2"))
    }

    @Test("een kapotte regel midden in het log: het verslag toont alles ervoor, zegt waar het stopte en eindigt met 1")
    func damagedLog() throws {
        var lines = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl").split(separator: "\n").map(String.init)
        lines[20] = String(lines[20].prefix(25))
        logs.write("20261120-091000-a1b2.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try run(["rapport"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Bellen"))
        #expect(result.stderr.contains(":21: beschadigde regel"))
        #expect(result.stderr.contains("Alles vóór die regel is gelezen en getoond"))
        let resume = try run(["play", "--resume", "20261120"])
        #expect(resume.status == 1 && resume.stderr.contains(":21: beschadigde regel"))
    }
}
