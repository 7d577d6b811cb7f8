import TestSupport
import Testing

@testable import CasusCore

/// The log's vocabulary: every event survives a trip through a log line, and
/// every format version this build can read has a fixture log that still folds.
@Suite("Sessiegebeurtenissen: coderen en teruglezen")
struct SessionEventCodecTests {
    /// One random event of each kind. The switch over `kind` in `tag` makes the
    /// compiler name a new kind here, so it cannot be left out of the round trip.
    static func samples(_ random: inout SplitMix64) -> [SessionEvent] {
        func text() -> String {
            let pieces = ["Team Laak", "é\"\\", "a\nb", "\u{1B}]0;x\u{07}", "👩‍👩‍👧", "", "<script>", "ß", "\u{9B}"]
            return (0..<Int.random(in: 1...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        func number() -> Int { Int.random(in: -3...400, using: &random) }
        func names() -> [String] { (0..<Int.random(in: 0...4, using: &random)).map { _ in text() } }
        let mark = FactorMark(kant: Bool.random(using: &random) ? .client : .professional, factor: text())
        let kinds: [SessionEvent.Kind] = [
            .sessionStarted(
                SessionStart(
                    groups: names(), leervragen: names(), anonymous: Bool.random(using: &random), showScores: Bool.random(using: &random),
                    language: "en", training: Bool.random(using: &random) ? text() : nil, cases: [text(): text()],
                    seed: Bool.random(using: &random) ? Int.random(in: 0..<(1 << 53), using: &random) : nil)),
            .caseStarted(
                CaseStart(
                    title: text(), groups: names(), file: text(), contentHash: Bool.random(using: &random) ? text() : nil,
                    optionOrder: Bool.random(using: &random) ? [[2, 0, 1], [0, 1]] : nil)),
            .phaseEntered(minutes: Bool.random(using: &random) ? number() : nil, remaining: Bool.random(using: &random) ? number() : nil),
            .knelpuntShown(number: number(), text: text()),
            .factorsLocked(client: names(), professional: names()),
            .visibilityLocked([VisibilityCall(mark, Bool.random(using: &random) ? .zichtbaar : .onzichtbaar)]),
            .factorsRevealed([text(): FactorPoints(factoren: number(), zichtbaarheid: number())]),
            .optionChosen(
                pillar: text(), number: number(), shown: Bool.random(using: &random) ? number() : nil, text: text(), score: number()),
            .passed(pillar: text()),
            .ownApproach(pillar: text(), text: text()),
            .ownApproachScored(pillar: text(), score: number(), reason: text()),
            .expertShown(pillar: text()),
            .pillarRevealed(pillar: text(), distribution: [number(), number()], passes: number(), scores: [text(): number()]),
            .noteWritten(text()),
            .timeUp,
            .caseSkipped,
            .caseEnded([text(): CaseScore(factoren: number(), zichtbaarheid: number(), pijlers: [number(), number()])]),
            .caseReloaded(title: text(), contentHash: Bool.random(using: &random) ? text() : nil),
            .sessionEnded(reason: text()),
            .sessionInterrupted(signal: number()),
            .turnTaken,
            .sessionResumed(reopened: Bool.random(using: &random)),
            .leervraagJudged(number: number(), question: text(), status: LeervraagStatus.allCases.randomElement(using: &random)!),
            .icebergShown,
            .choiceReopened,
            .timerSet(remaining: number(), running: Bool.random(using: &random)),
        ]
        return kinds.map { kind in
            SessionEvent(
                kind, caseID: Bool.random(using: &random) ? text() : nil, phase: Bool.random(using: &random) ? text() : nil,
                group: Bool.random(using: &random) ? text() : nil)
        }
    }

    /// Every kind, by name; exhaustive, so a new kind fails to compile until it is listed.
    static func tag(_ kind: SessionEvent.Kind) -> String {
        switch kind {
        case .sessionStarted: "sessionStarted"
        case .caseStarted: "caseStarted"
        case .phaseEntered: "phaseEntered"
        case .knelpuntShown: "knelpuntShown"
        case .factorsLocked: "factorsLocked"
        case .visibilityLocked: "visibilityLocked"
        case .factorsRevealed: "factorsRevealed"
        case .optionChosen: "optionChosen"
        case .passed: "passed"
        case .ownApproach: "ownApproach"
        case .ownApproachScored: "ownApproachScored"
        case .expertShown: "expertShown"
        case .pillarRevealed: "pillarRevealed"
        case .noteWritten: "noteWritten"
        case .timeUp: "timeUp"
        case .caseSkipped: "caseSkipped"
        case .caseEnded: "caseEnded"
        case .caseReloaded: "caseReloaded"
        case .sessionEnded: "sessionEnded"
        case .sessionInterrupted: "sessionInterrupted"
        case .turnTaken: "turnTaken"
        case .sessionResumed: "sessionResumed"
        case .leervraagJudged: "leervraagJudged"
        case .icebergShown: "icebergShown"
        case .choiceReopened: "choiceReopened"
        case .timerSet: "timerSet"
        }
    }

    @Test("gebeurtenis → logregel → gebeurtenis, voor elke soort", arguments: 0..<40)
    func roundTrip(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let events = Self.samples(&random)
        #expect(Set(events.map { Self.tag($0.kind) }).count == events.count, "elke soort één keer (seed \(seed))")
        var lines = ""
        for event in events {
            // The session starts a log; the others follow it.
            lines += event.jsonLine(timestamp: "2026-11-23T10:00:00.000Z", sessionID: "s-\(seed)") + "\n"
        }
        let start = SessionEvent(.sessionStarted(SessionStart(groups: ["A"]))).jsonLine(timestamp: "t", sessionID: "s")
        let contents = try SessionLogReader.parse(Array((start + "\n" + lines).utf8), file: "s.jsonl").get()
        #expect(contents.skippedLines.isEmpty, "seed \(seed): \(contents.skippedLines)")
        #expect(contents.events.dropFirst().map(\.event) == events, "seed \(seed)")
        #expect(contents.events.dropFirst().map(\.time).allSatisfy { $0 == "2026-11-23T10:00:00.000Z" })
    }

    @Test("een onbekende soort of een ontbrekend veld: de regel wordt overgeslagen en genoemd, de rest blijft")
    func unreadableLines() throws {
        let fixture = SessionLogTests.fixture.split(separator: "\n").map(String.init)
        let strange = #"{"v":2,"tijd":"t","sessie":"s","type":"iets_nieuws","casus":"proef-casus"}"#
        let broken = #"{"v":2,"tijd":"t","sessie":"s","type":"keuze","casus":"proef-casus","groep":"Team Laak","data":{"pijler":"bereik"}}"#
        let text = ([fixture[0], strange, broken] + fixture.dropFirst()).joined(separator: "\n") + "\n"
        let contents = try SessionLogReader.parse(Array(text.utf8), file: "s.jsonl").get()
        #expect(
            contents.skippedLines == [
                .init(line: 2, problem: .init(type: "iets_nieuws", field: nil)),
                .init(line: 3, problem: .init(type: "keuze", field: "optie")),
            ])
        #expect(contents.events.count == fixture.count)
    }

    /// A fixture log per version, each played the same way: what an older log says must still fold.
    @Test("elke formaatversie heeft een voorbeeldlog dat nog teruggelezen en gevouwen wordt", arguments: 1...SessionEvent.formatVersion)
    func everyVersion(version: Int) throws {
        let path = PackagePaths.coreFixtures + "/logversies/v\(version).jsonl"
        let contents = try SessionLogReader.parse(Array(readText(path).utf8), file: path).get()
        #expect(contents.events.allSatisfy { $0.version == version })
        #expect(contents.skippedLines.isEmpty)
        let state = SessionFold.fold(contents, cases: SessionFoldTests.resolve())
        #expect(state.config.groups == ["Team Laak", "Team <Escamp> & co"])
        #expect(state.isFinished)
        let game = try #require(state.plays.first?.game)
        #expect(state.plays[0].finished && state.plays[0].unmatchedLines.isEmpty)
        #expect(game.step == .afsluiting)
        #expect(game.groups.map { $0.choices.count } == [4, 4])
        // Format 3: the order the room saw, an own approach and the trainer's points for it after the expert view.
        if version >= 3 {
            #expect(game.optionOrder == [[1, 2, 0], [0, 1, 2], [2, 0, 1], [0, 2, 1]])
            #expect(game.groups[1].choices[0] == .own("We vragen de buurvrouw of ze een keer mee wil komen, als mevrouw dat goed vindt."))
            #expect(game.groups[1].ownScores[0] == OwnApproachScore(score: 2, reason: "Bouwt op haar eigen netwerk, met toestemming."))
            #expect(game.score(of: 1).pijlers[0] == 2 && game.expertShown == [0])
        }
        // Format 4: a reopened choice no longer counts, the group's next one does; the timer's time is logged.
        if version >= 4 {
            #expect(game.groups[0].choices[3] == .option(0), "Team Laak koos na het heropenen optie 1")
            #expect(game.score(of: 0).pijlers[3] == 3)
            #expect(state.plays[0].events.contains { $0.kind == .choiceReopened })
            #expect(state.plays[0].events.contains { $0.kind == .timerSet(remaining: 131, running: false) })
        }
        #expect(game.groups.map(\.factorsLocked) == [true, true] && game.groups.map(\.callsLocked) == [true, true])
        #expect(game.groups.flatMap(\.notes).count >= 1)
        // Format 2 added the training and the cases' hashes at the start; format 1 has neither.
        #expect((state.training != nil) == (version >= 2))
    }
}
