import TestSupport
import Testing

@testable import CasusCore

/// Live play and the log are one fold: random sessions played through
/// `SessionState.perform` (as the keyboard does) are logged as lines, and the
/// fold of every prefix of that log must be the session as it stood live.
@Suite("De sessiemachine: live spelen en het log teruglezen zijn één vouw")
struct SessionMachineTests {
    static let cases = SessionFoldTests.resolve()
    static var loaded: LoadedCase { cases.resolve(SessionFoldTests.casus.id, nil)! }

    /// The seed is printed on failure; `CASUSSPEL_SEED` is not needed: the arguments are the seeds.
    @Test("na elke gebeurtenis: zelfde stap, zelfde groep aan de beurt, zelfde keuzes", arguments: 0..<30)
    func liveEqualsFold(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let groups = ["A", "B", "C"].prefix(Int.random(in: 1...3, using: &random)).map { $0 }
        var (live, effects) = SessionState.begin(id: "s", file: "s.jsonl", time: "t", start: SessionStart(groups: groups))
        var lines: [String] = []
        func log(_ effects: [GameEffect]) {
            for case .log(let event) in effects { lines.append(event.jsonLine(timestamp: "t", sessionID: "s")) }
        }
        log(effects)
        log(live.perform(.startCase(Self.loaded), cases: Self.cases, now: 0))
        var snapshots: [(lines: Int, state: SessionState)] = []
        for _ in 0..<150 {
            let game = try #require(live.currentGame)
            let group = live.activeGroup
            let factor = SessionFoldTests.taxonomy.factoren.randomElement(using: &random)!.id
            let mark = FactorMark(kant: Bool.random(using: &random) ? .client : .professional, factor: factor)
            let commands: [SessionCommand] = [
                .game(.advance), .game(.advance), .game(.back), .game(.revealNextKnelpunt),
                .game(.toggleFactor(group: group, mark)), .game(.lockFactors(group: group)),
                .game(
                    .setVisibility(
                        group: group, game.groups[group].marks.randomElement(using: &random) ?? mark,
                        Bool.random(using: &random) ? .zichtbaar : .onzichtbaar)),
                .game(.lockVisibility(group: group)),
                .game(.choose(group: group, Bool.random(using: &random) ? .pass : .option(Int.random(in: 0..<3, using: &random)))),
                .game(.note(group: Int.random(in: 0..<groups.count, using: &random), text: "notitie \(lines.count)")),
                .turn(group: Int.random(in: 0..<groups.count, using: &random)),
                .game(.reopen(group: group)), .game(.toggleTimer), .game(.addMinutes(Bool.random(using: &random) ? 1 : -1)),
            ]
            let effects = live.perform(commands.randomElement(using: &random)!, cases: Self.cases, now: 0)
            log(effects)
            if effects.contains(where: { if case .log = $0 { true } else { false } }) { snapshots.append((lines.count, live)) }
        }
        #expect(snapshots.count > 20, "seed \(seed): te weinig gelogde stappen om iets te toetsen")
        for snapshot in snapshots {
            let text = lines.prefix(snapshot.lines).joined(separator: "\n") + "\n"
            let contents = try SessionLogReader.parse(Array(text.utf8), file: "s.jsonl").get()
            let folded = SessionFold.fold(contents, cases: Self.cases)
            let liveGame = try #require(snapshot.state.currentGame)
            let back = try #require(folded.currentGame)
            #expect(folded.activeGroup == snapshot.state.activeGroup, "seed \(seed), regel \(snapshot.lines)")
            #expect(back.timer == liveGame.timer && back.loggedRemaining == liveGame.loggedRemaining, "seed \(seed)")
            #expect(back.stepIndex == liveGame.stepIndex && back.revealedKnelpunten == liveGame.revealedKnelpunten, "seed \(seed)")
            #expect(folded.plays.map(\.events) == snapshot.state.plays.map(\.events), "seed \(seed)")
            #expect(folded.plays.map(\.finished) == snapshot.state.plays.map(\.finished))
            for index in groups.indices {
                let l = liveGame.groups[index]
                let b = back.groups[index]
                #expect(b.choices == l.choices && b.notes == l.notes, "seed \(seed)")
                #expect(b.factorsLocked == l.factorsLocked && b.callsLocked == l.callsLocked)
                // Marks and calls count once locked: before that they were never confirmed, and never logged.
                if l.factorsLocked { #expect(b.marks == l.marks) }
                if l.callsLocked { #expect(b.calls == l.calls) }
            }
        }
    }

    @Test("het einde, hervatten en onderbreken: dezelfde stand live en teruggelezen")
    func sessionEvents() throws {
        var (live, effects) = SessionState.begin(id: "s", file: "s.jsonl", time: "t", start: SessionStart(groups: ["A", "B"]))
        effects += live.perform(.startCase(Self.loaded), cases: Self.cases, now: 0)
        effects += live.perform(.turn(group: 1), cases: Self.cases, now: 0)
        effects += live.perform(.end(reason: "gestopt"), cases: Self.cases, now: 0)
        #expect(live.isFinished && live.activeGroup == 1)
        effects += live.perform(.resume(reopen: true), cases: Self.cases, now: 0)
        effects += live.perform(.interrupt(signal: 15), cases: Self.cases, now: 0)
        #expect(!live.isFinished && live.resumptions == 1)
        let text = effects.compactMap { effect -> String? in
            if case .log(let event) = effect { event.jsonLine(timestamp: "t", sessionID: "s") } else { nil }
        }.joined(separator: "\n")
        let folded = SessionFold.fold(try SessionLogReader.parse(Array((text + "\n").utf8), file: "s").get(), cases: Self.cases)
        #expect(folded.activeGroup == 1 && folded.resumptions == 1 && !folded.isFinished)
        #expect(folded.plays.count == 1 && folded.currentGame?.step == .verhaal)
    }

    @Test("Tab naar dezelfde groep of zonder casus logt niets")
    func turnWithoutChange() {
        var (live, _) = SessionState.begin(id: "s", file: "s", time: "t", start: SessionStart(groups: ["A", "B"]))
        #expect(live.perform(.turn(group: 1), cases: Self.cases, now: 0).isEmpty)
        _ = live.perform(.startCase(Self.loaded), cases: Self.cases, now: 0)
        #expect(live.perform(.turn(group: 0), cases: Self.cases, now: 0).isEmpty)
        #expect(live.perform(.turn(group: 5), cases: Self.cases, now: 0).isEmpty)
    }
}
