import TestSupport
import Testing

@testable import CasusCore

/// Counts over a small fixed set: the fixed log twice, and once cut off after the first pillar.
@Suite("Statistiek over sessies")
struct StatisticsTests {
    static func state(_ text: String) throws -> SessionState {
        let contents = try SessionLogReader.parse(Array(text.utf8), file: "s").get()
        return SessionFold.fold(contents, cases: SessionFoldTests.resolve())
    }

    static func sessions() throws -> [SessionState] {
        let lines = SessionLogTests.fixture.split(separator: "\n")
        let afterBereik = try #require(lines.firstIndex { $0.contains(#""type":"onthulling_pijler""#) })
        let cut = lines.prefix(afterBereik + 1).joined(separator: "\n") + "\n"
        return [try state(SessionLogTests.fixture), try state(SessionLogTests.fixture), try state(cut)]
    }

    @Test("keuzes per optie, gevonden factoren en gemiddelde punten kloppen met de hand geteld")
    func counts() throws {
        let stats = SessionStatistics.compute(try Self.sessions())
        #expect(stats.sessions == 3 && stats.plays == 3 && stats.notInLibrary.isEmpty)
        let casus = try #require(stats.cases.first)
        #expect(casus.plays == 3 && casus.finishedPlays == 2)
        // Bereik: Laak chose 1 and Escamp 3, in all three sessions.
        #expect(casus.pillars[0].chosen == [3, 0, 3] && casus.pillars[0].passes == 0)
        // Werkwijze only in the two whole sessions: Laak 2, Escamp passed.
        #expect(casus.pillars[1].chosen == [0, 2, 0] && casus.pillars[1].passes == 2)
        #expect(casus.pillars[3].chosen == [2, 0, 2])
        #expect(casus.factorAnswers == 6)
        #expect(casus.factors.map(\.factor) == ["leeftijd", "taal", "opleiding"])
        #expect(casus.factors.map(\.found) == [6, 3, 3])
        // Means over the groups of finished plays: 2 plays × 2 groups.
        #expect(casus.scores.groups == 4)
        #expect(casus.scores.factoren == 12 && casus.scores.zichtbaarheid == 6 && casus.scores.total == 42)
        #expect(casus.scores.mean(casus.scores.total) == 10.5)
    }

    @Test("--case filtert; een casus buiten de bibliotheek wordt apart genoemd")
    func filterAndMissing() throws {
        #expect(SessionStatistics.compute(try Self.sessions(), caseID: "iets-anders").plays == 0)
        let contents = try SessionLogReader.parse(Array(SessionLogTests.fixture.utf8), file: "s").get()
        let orphan = SessionFold.fold(contents, cases: CaseLookup(taxonomy: SessionFoldTests.taxonomy) { _, _ in nil })
        let stats = SessionStatistics.compute([orphan])
        #expect(stats.cases.isEmpty)
        #expect(stats.notInLibrary.map(\.id) == ["proef-casus"] && stats.notInLibrary[0].plays == 1)
    }

    @Test("CSV en JSON bevatten dezelfde tellingen")
    func exports() throws {
        let stats = SessionStatistics.compute(try Self.sessions())
        let csv = StatisticsExport.csv(stats)
        #expect(csv.contains("optie,proef-casus,bereik,1,3,3,6\r\n"))
        #expect(csv.contains("pas,proef-casus,werkwijze,,0,2,4\r\n"))
        #expect(csv.contains("factor_onzichtbaar,proef-casus,client,taal,,3,6\r\n"))
        #expect(csv.contains("punten,proef-casus,totaal,,20,42,4\r\n"))
        let json = StatisticsExport.json(stats)
        #expect(json.contains(#""gekozen":[3,0,3]"#))
    }
}
