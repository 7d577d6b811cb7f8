import Foundation
import TestSupport
import Testing

/// What the commands say around the game: usage errors in Dutch, an invalid case
/// named as invalid, local times, one status, `terugkijken` without an id.
@Suite("Meldingen van de commando's: Nederlands, lokale tijd, een status")
struct CommandMessagesTests {
    let logs = TempDirectory("meldingen")
    let cases = TempDirectory.proefLibrary()
    static let fixture = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl")

    func run(_ arguments: [String], environment: [String: String] = ["TZ": "UTC"]) throws -> ProcessResult {
        try ProcessRunner.run(Binary.path, arguments, environment: environment, removing: ["CASUSSPEL_CASES"])
    }

    func withLogs(_ arguments: [String], environment: [String: String] = ["TZ": "UTC"]) throws -> ProcessResult {
        try run(arguments + ["--log-dir", logs.path, "--cases", cases.path], environment: environment)
    }

    /// The fixed session, and the same session quit with `q` in its second phase under another id.
    func writeLogs() {
        logs.write("20261120-091000-a1b2.jsonl", Self.fixture)
        let lines = Self.fixture.split(separator: "\n")
        let end = lines.first { $0.contains("\"sessie_einde\"") }!
        let stopped = (lines.prefix(12) + [end]).joined(separator: "\n").replacing("20261120-091000-a1b2", with: "20261121-080000-beef")
        logs.write("20261121-080000-beef.jsonl", stopped + "\n")
    }

    @Test("gebruiksfouten in het Nederlands, zonder Engelse usage-regel; Engels met --lang en")
    func usageErrors() throws {
        let cases: [([String], String)] = [
            (["sessies", "--bogus"], "Fout: onbekende optie ‘--bogus’"),
            (["nieuw"], "Fout: <id> ontbreekt"),
            (["rapport", "--format", "xx"], "Fout: ‘xx’ is geen geldige waarde voor --format <format>"),
            (["sessies", "a", "b"], "Fout: onverwachte argumenten: 'a', 'b'"),
            (["sessies", "--breedte", "10"], "Fout: --breedte 10 is te smal; minstens 60"),
        ]
        for (arguments, expected) in cases {
            let result = try run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(expected + "\n"), "\(result.stderr)")
            #expect(result.stderr.contains("Zie ‘casusspel \(arguments[0]) --help’."))
            #expect(!result.stderr.contains("Usage") && !result.stderr.contains("Error"), "\(result.stderr)")
        }
        let english = try run(["sessies", "--bogus", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.hasPrefix("Error: unknown option ‘--bogus’"), "\(english.stderr)")
        let help = try run(["sessies", "--help"])
        #expect(help.status == 0)
        for heading in ["OVERZICHT:", "GEBRUIK:", "OPTIES:", "Toon deze hulp."] { #expect(help.stdout.contains(heading), "\(heading)") }
        #expect(!help.stdout.contains("USAGE:") && !help.stdout.contains("Show help information"))
    }

    @Test("een te lange groepsnaam: een Nederlandse melding, geen usage-regel")
    func longGroupName() throws {
        let result = try run(["play", "--groups", String(repeating: "x", count: 80), "--log-dir", logs.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Fout: ") && result.stderr.contains("te lang"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1 && !result.stderr.contains("Usage"), "\(result.stderr)")
    }

    @Test("play --case met een ongeldig bestand: de fouten, dan ‘geen geldige casus’, niet ‘niet gevonden’")
    func invalidCaseFile() throws {
        let folder = TempDirectory("kapot")
        let broken = folder.write("kapot.json", #"{"$schema": "schema/case.schema.json", "titel": 1}"#)
        let result = try run(["play", "--case", broken, "--log-dir", logs.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("kapot.json:1:") && result.stderr.contains("verplicht veld 'id' ontbreekt"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("Fout: ‘\(broken)’ is geen geldige casus: zie de fouten hierboven.\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("niet gevonden"))
        let missing = try run(["play", "--case", folder.path + "/bestaat-niet.json", "--log-dir", logs.path])
        #expect(missing.status == 2 && missing.stderr.contains("bestaat-niet.json") && !missing.stderr.contains("geldige casus"))
    }

    @Test("sessies en rapport: lokale tijd met zone (winter CET, zomer CEST), 80 kolommen")
    func localTimes() throws {
        writeLogs()
        logs.write(
            "20260701-100000-cafe.jsonl",
            Self.fixture.replacing("20261120-091000-a1b2", with: "20260701-100000-cafe").replacing(
                "2026-11-20T09:10:07.000Z", with: "2026-07-01T10:00:07.000Z"))
        let amsterdam = ["TZ": "Europe/Amsterdam", "COLUMNS": "80"]
        let list = try withLogs(["sessies"], environment: amsterdam)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdoutLines.count == 5 && list.stdoutLines.allSatisfy { $0.count <= 80 }, "\(list.stdout)")
        // Winter and summer sessions: both zones in the header, each row in its own local time.
        #expect(list.stdoutLines[0].contains("DATUM (CET/CEST)"), "\(list.stdout)")
        #expect(list.stdoutLines[2].contains("20-11-2026 10:10") && list.stdoutLines[4].contains("01-07-2026 12:00"), "\(list.stdout)")
        #expect(list.stdoutLines[3].hasSuffix("afgerond") && list.stdoutLines[2].hasSuffix("gestopt"), "\(list.stdout)")
        let report = try withLogs(["rapport", "20261120"], environment: amsterdam)
        #expect(report.stdout.contains("**Datum:** 20-11-2026 10:10 CET"))
        let summer = try withLogs(["rapport", "20260701"], environment: amsterdam)
        #expect(summer.stdout.contains("**Datum:** 01-07-2026 12:00 CEST"))
        let utc = try withLogs(["rapport", "20261120"])
        #expect(utc.stdout.contains("**Datum:** 20-11-2026 09:10 UTC"))
    }

    @Test("een sessie die met q midden in een casus stopte: sessies, rapport en terugkijken zeggen hetzelfde")
    func sameStatus() throws {
        writeLogs()
        let list = try withLogs(["sessies", "--breedte", "200"])
        let row = try #require(list.stdoutLines.first { $0.hasPrefix("20261121-080000-beef") })
        let finished = try #require(list.stdoutLines.first { $0.hasPrefix("20261120-091000-a1b2") })
        #expect(row.hasSuffix("gestopt: Zichtbaar of onzichtbaar") && finished.hasSuffix("afgerond"), "\(list.stdout)")
        let report = try withLogs(["rapport", "20261121"])
        #expect(
            report.stdout.contains("**Status:** gestopt tijdens Zichtbaar of onzichtbaar (Proefcasus) ·"), "\(report.stdout.prefix(300))")
        let done = try withLogs(["rapport", "20261120"])
        #expect(done.stdout.contains("**Status:** afgerond ·"))
        let json = try withLogs(["rapport", "20261121", "--format", "json"])
        #expect(json.stdout.contains(#""status":"gestopt""#) && json.stdout.contains(#""afgerond":false"#))
        // terugkijken names the newest session and its status before it needs a terminal.
        let replay = try withLogs(["terugkijken"])
        #expect(
            replay.stderr.hasPrefix(
                "Terugkijken: de nieuwste sessie, 20261121-080000-beef van 20-11-2026 09:10 UTC — gestopt tijdens Zichtbaar of onzichtbaar (Proefcasus)."
            ), "\(replay.stderr)")
    }
}
