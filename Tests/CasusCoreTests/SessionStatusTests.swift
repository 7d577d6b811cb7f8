import TestSupport
import Testing

@testable import CasusCore

/// One status per session, one wording of times: what `sessies`, `rapport` and
/// `terugkijken` all show.
@Suite("Sessiestatus, lokale tijd en de sessielijst")
struct SessionStatusTests {
    /// The fixed log cut after its first twelve lines (in the visibility step), with or without an end.
    static func cut(ended: Bool) throws -> SessionState {
        let lines = SessionLogTests.fixture.split(separator: "\n")
        var text = lines.prefix(12).joined(separator: "\n") + "\n"
        if ended, let end = lines.first(where: { $0.contains("\"sessie_einde\"") }) { text += end + "\n" }
        let contents = try SessionLogReader.parse(Array(text.utf8), file: "kort.jsonl").get()
        return SessionFold.fold(contents, cases: SessionFoldTests.resolve())
    }

    /// Central European time as the C library gives it, without the system: +1 h in winter, +2 h in summer
    /// (last Sunday of March to last Sunday of October, 01:00 UTC; 2026: 29 March and 25 October).
    static let amsterdam = LocalZone { seconds in
        let summer = seconds >= 1_774_746_000 && seconds < 1_792_890_000
        return summer ? (7200, "CEST") : (3600, "CET")
    }

    @Test("afgerond alleen als de casus zijn einde haalde; gestopt met q midden in een casus; open zonder einde")
    func status() throws {
        #expect(try SessionFoldTests.fixtureState().status == .finished)
        let stopped = try Self.cut(ended: true)
        guard case .stopped(let at?) = stopped.status else {
            Issue.record("verwacht gestopt, kreeg \(stopped.status)")
            return
        }
        #expect(at.caseTitle == "Proefcasus" && at.step == stopped.currentGame?.step && at.step != nil)
        #expect(try Self.cut(ended: false).status == .open)
    }

    @Test("rapport, lijst en JSON zeggen hetzelfde over dezelfde sessie")
    func sameEverywhere() throws {
        let strings = Strings.for(.nl)
        for state in [try SessionFoldTests.fixtureState(), try Self.cut(ended: true), try Self.cut(ended: false)] {
            let report = SessionReport.build(state, taxonomy: SessionFoldTests.taxonomy, strings: strings)
            let markdown = ReportKind.md.render(report, strings: strings)
            let full = strings.statusText(state.status)
            #expect(markdown.contains("**Status:** " + full + " ·"), "\(markdown.prefix(400))")
            let json = ReportKind.json.render(report, strings: strings)
            #expect(json.contains("\"status\":\"\(state.status.key)\""))
            #expect(json.contains("\"afgerond\":\(state.status.isFinished)"))
            let list = SessionList.render([state], strings: strings, zone: .utc, width: 200)
            #expect(list.split(separator: "\n")[2].hasSuffix(strings.statusShort(state.status)))
        }
        let stopped = strings.statusText(try Self.cut(ended: true).status)
        #expect(stopped == "gestopt tijdens Zichtbaar of onzichtbaar (Proefcasus)")
        #expect(strings.statusShort(try Self.cut(ended: true).status) == "gestopt: Zichtbaar of onzichtbaar")
    }

    @Test("tijden lokaal met de zone: winter, zomer, over middernacht en de jaargrens")
    func localTimes() {
        let zone = Self.amsterdam
        #expect(ReportFormat.date("2026-11-20T09:10:07.000Z", zone: zone) == "20-11-2026 10:10 CET")
        #expect(ReportFormat.date("2026-07-01T12:00:00.000Z", zone: zone) == "01-07-2026 14:00 CEST")
        #expect(ReportFormat.date("2026-12-31T23:30:00.000Z", zone: zone) == "01-01-2027 00:30 CET")
        #expect(ReportFormat.date("2024-02-28T23:59:00Z", zone: zone) == "29-02-2024 00:59 CET")
        #expect(ReportFormat.clock("2026-11-20T09:10:07.000Z", zone: zone) == "10:10 CET")
        #expect(ReportFormat.date("2026-11-20T09:10:07.000Z") == "20-11-2026 09:10 UTC")
        let west = LocalZone { _ in (-5 * 3600, "EST") }
        #expect(ReportFormat.date("2026-01-01T02:00:00Z", zone: west) == "31-12-2025 21:00 EST")
        // Not a log time: shown as it is, never a crash.
        for odd in ["", "gisteren", "2026-13-01T00:00Z", "2026-11-20 09:10"] { #expect(ReportFormat.date(odd, zone: zone) == odd) }
    }

    @Test("het verslag toont de datum in de zone die de rand meegeeft")
    func reportZone() throws {
        let strings = Strings.for(.nl)
        let report = SessionReport.build(
            try SessionFoldTests.fixtureState(), taxonomy: SessionFoldTests.taxonomy, strings: strings, zone: Self.amsterdam)
        #expect(ReportKind.md.render(report, strings: strings).contains("**Datum:** 20-11-2026 10:10 CET"))
        #expect(ReportKind.csv.render(report, strings: strings).contains("20-11-2026 10:10 CET"))
    }

    @Test("sessielijst: acht groepen, 80 kolommen, een regel per sessie")
    func listFits() throws {
        let strings = Strings.for(.nl)
        let eight = SessionLogTests.fixture.replacing(
            #"["Team Laak","Team <Escamp> & co"]"#,
            with:
                #"["Team Laak","Team Escamp Zuid","Team Leidschenveen","Team Loosduinen","Team Scheveningen","Team Segbroek","Team Centrum","Team Haagse Hout"]"#
        )
        #expect(eight != SessionLogTests.fixture)
        let contents = try SessionLogReader.parse(Array(eight.utf8), file: "acht.jsonl").get()
        let many = SessionFold.fold(contents, cases: SessionFoldTests.resolve())
        #expect(many.config.groups.count == 8)
        let sessions = [many, try Self.cut(ended: true), try Self.cut(ended: false), try SessionFoldTests.fixtureState()]
        for width in [80, 100, 160] {
            let lines = SessionList.render(sessions, strings: strings, zone: Self.amsterdam, width: width).split(separator: "\n")
            #expect(lines.count == 2 + sessions.count)
            #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "\(lines.joined(separator: "\n"))")
            #expect(lines[0].contains("DATUM (CET)") && lines[2].contains("20-11-2026 10:10"))
        }
        let narrow = SessionList.render(sessions, strings: strings, zone: Self.amsterdam, width: 80)
        #expect(narrow.split(separator: "\n")[2].contains("8 groepen"))
        let wide = SessionList.render(sessions, strings: strings, zone: Self.amsterdam, width: 240)
        #expect(wide.contains("Team Laak, Team Escamp Zuid, Team Leidschenveen") && wide.contains("gestopt: Zichtbaar of onzichtbaar"))
    }
}
