import TestSupport
import Testing

@testable import CasusCore

/// Format 4: the trainer reopens a group's choice before the reveal, and the timer's time
/// is logged, so replay, resume and report see what the room saw.
@Suite("Heropenen en de timer in het log")
struct ReopenAndTimerTests {
    static let cases = SessionFoldTests.resolve()

    /// A live session of two groups (A, B) at `step` of the proef-casus, and the log lines so far.
    struct Live {
        var state: SessionState
        var lines: [String] = []
        var now = 0.0

        init(groups: [String] = ["A", "B"]) {
            var effects: [GameEffect]
            (state, effects) = SessionState.begin(id: "s", file: "s.jsonl", time: "t", start: SessionStart(groups: groups))
            log(effects)
            log(state.perform(.startCase(SessionMachineTests.loaded), cases: ReopenAndTimerTests.cases, now: now))
        }

        mutating func log(_ effects: [GameEffect]) {
            for case .log(let event) in effects { lines.append(event.jsonLine(timestamp: "t", sessionID: "s")) }
        }

        @discardableResult
        mutating func act(_ action: GameAction) -> [SessionEvent] {
            let effects = state.perform(.game(action), cases: ReopenAndTimerTests.cases, now: now)
            log(effects)
            return effects.compactMap { if case .log(let event) = $0 { event } else { nil } }
        }

        mutating func perform(_ command: SessionCommand) {
            log(state.perform(command, cases: ReopenAndTimerTests.cases, now: now))
        }

        var game: Game { state.currentGame! }

        func folded() throws -> SessionState {
            let text = lines.joined(separator: "\n") + "\n"
            return SessionFold.fold(try SessionLogReader.parse(Array(text.utf8), file: "s.jsonl").get(), cases: ReopenAndTimerTests.cases)
        }

        /// On to the first dilemma with fixed answers.
        mutating func toFirstPillar() {
            act(.advance)
            act(.advance)
            act(.advance)
            act(.lockFactors(group: 0))
            act(.lockFactors(group: 1))
            act(.lockVisibility(group: 0))
            act(.lockVisibility(group: 1))
            act(.advance)
        }
    }

    @Test("een heropende keuze telt niet meer, de volgende wel: live, teruggelezen en in het verslag")
    func reopenPillarChoice() throws {
        var live = Live()
        live.toFirstPillar()
        #expect(live.game.step == .pijler(0))
        #expect(live.game.refusal(of: .reopen(group: 0)) == .notLocked(group: "A"))
        live.act(.choose(group: 0, .option(1)))
        #expect(live.state.activeGroup == 1)
        let reopened = live.act(.reopen(group: 0))
        #expect(reopened.map(\.type) == ["keuze_heropend"] && reopened[0].group == "A" && reopened[0].phase == "pijler:bereik")
        #expect(live.game.groups[0].choices[0] == nil && live.state.activeGroup == 0, "A heeft het toetsenbord weer")
        live.act(.choose(group: 0, .option(0)))
        live.act(.choose(group: 1, .pass))
        #expect(live.game.step == .pijlerOnthulling(0))
        #expect(live.game.refusal(of: .reopen(group: 0)) == .reopenNotHere, "na de onthulling niet meer")

        let back = try live.folded()
        let game = try #require(back.currentGame)
        #expect(game.groups[0].choices[0] == .option(0) && game.groups[1].choices[0] == .pass)
        #expect(game.step == .pijlerOnthulling(0) && back.plays[0].unmatchedLines.isEmpty)
        let report = SessionReport.build(back, taxonomy: SessionFoldTests.taxonomy, strings: .nl)
        #expect(report.cases[0].pillars[0].choices[0].option == 1, "het verslag toont de keuze na het heropenen")
        // Without the case file the report reads the choices from the log alone: the reopened one is gone there too.
        let text = live.lines.joined(separator: "\n") + "\n"
        let contents = try SessionLogReader.parse(Array(text.utf8), file: "s.jsonl").get()
        let missing = SessionFold.fold(contents, cases: CaseLookup(taxonomy: nil) { _, _ in nil })
        let logged = SessionReport.build(missing, taxonomy: nil, strings: .nl).cases[0].pillars[0].choices
        #expect(logged.map(\.option) == [1, nil] && logged[1].passed)
    }

    @Test("een heropende keuze die nog niet opnieuw gekozen is: teruggelezen staat de groep weer open")
    func reopenWithoutNewChoice() throws {
        var live = Live()
        live.toFirstPillar()
        live.act(.choose(group: 0, .option(2)))
        live.act(.reopen(group: 0))
        let back = try live.folded()
        #expect(back.currentGame?.groups[0].choices[0] == nil && back.activeGroup == 0)
        let contents = try SessionLogReader.parse(Array((live.lines.joined(separator: "\n") + "\n").utf8), file: "s").get()
        let missing = SessionFold.fold(contents, cases: CaseLookup(taxonomy: nil) { _, _ in nil })
        let logged = SessionReport.build(missing, taxonomy: nil, strings: .nl).cases[0].pillars
        #expect(logged.isEmpty || logged[0].choices[0].option == nil)
    }

    @Test("factoren heropenen: de markeringen blijven staan om aan te passen, de nieuwe vastlegging telt")
    func reopenFactors() throws {
        var live = Live()
        live.act(.advance)
        live.act(.advance)
        live.act(.advance)
        let age = FactorMark(kant: .client, factor: "leeftijd")
        let language = FactorMark(kant: .client, factor: "taal")
        live.act(.toggleFactor(group: 0, age))
        live.act(.lockFactors(group: 0))
        #expect(live.game.refusal(of: .toggleFactor(group: 0, language)) == .locked(group: "A"))
        live.act(.reopen(group: 0))
        #expect(!live.game.groups[0].factorsLocked && live.game.groups[0].marks == [age])
        live.act(.toggleFactor(group: 0, language))
        live.act(.lockFactors(group: 0))
        let back = try live.folded()
        #expect(back.currentGame?.groups[0].marks == [age, language] && back.currentGame?.groups[0].factorsLocked == true)
    }

    @Test("de timer: pauze, minuten erbij en elke fase staan in het log; hervatten zet de tijd terug die over was")
    func timerLogged() throws {
        var live = Live()
        #expect(live.lines.last?.contains(#""over":180"#) == true, "de eerste fase begint met zijn volle tijd")
        live.now = 50.4
        let paused = live.act(.toggleTimer)
        #expect(paused.map(\.kind) == [.timerSet(remaining: 130, running: false)])
        live.now = 80
        #expect(live.act(.addMinutes(1)).map(\.kind) == [.timerSet(remaining: 190, running: false)])
        var back = try live.folded()
        back.pauseTimerForResume()
        #expect(back.currentGame?.timer == PhaseTimer(seconds: 190, runningAt: nil), "niet de volle 3 minuten")
        live.now = 90
        #expect(live.act(.toggleTimer).map(\.kind) == [.timerSet(remaining: 190, running: true)])

        // A reveal goes on with its phase's time, and the log says how much.
        live.act(.advance)
        live.act(.advance)
        live.now = 100
        live.act(.advance)
        live.act(.lockFactors(group: 0))
        live.act(.lockFactors(group: 1))
        live.now = 130
        live.act(.lockVisibility(group: 0))
        let reveal = live.act(.lockVisibility(group: 1))
        #expect(reveal.map(\.type) == ["zichtbaarheid_vastgelegd", "fase", "onthulling_factoren"])
        #expect(reveal[1].kind == .phaseEntered(minutes: 5, remaining: 270), "zichtbaarheid begon op 100 met 5 minuten")
        back = try live.folded()
        back.pauseTimerForResume()
        #expect(back.currentGame?.timer.remaining(at: 0) == 270)

        // Stopping with a running timer logs what was left before the session's end.
        live.now = 140
        live.perform(.end(reason: "gestopt"))
        #expect(live.lines.suffix(2).first?.contains(#""type":"timer""#) == true)
        #expect(live.lines.suffix(2).first?.contains(#""over":260"#) == true)
        back = try live.folded()
        back.pauseTimerForResume()
        #expect(back.currentGame?.timer.remaining(at: 0) == 260)
    }

    @Test("een log zonder tijden (formaat 3) hervat zoals vroeger: de volle tijd van de fase, op pauze")
    func olderLogFullTime() throws {
        var live = Live()
        live.act(.advance)
        let old = live.lines.map { $0.replacing(#","over":300"#, with: "").replacing(#""over":180,"#, with: "") }
        let contents = try SessionLogReader.parse(Array((old.joined(separator: "\n") + "\n").utf8), file: "s").get()
        var back = SessionFold.fold(contents, cases: Self.cases)
        back.pauseTimerForResume()
        #expect(back.currentGame?.step == .knelpunten && back.currentGame?.timer == PhaseTimer(seconds: 300, runningAt: nil))
    }

    @Test("Enter bij de knelpunten gaat door zonder de verborgen knelpunten te onthullen")
    func knelpuntenStayHidden() {
        var live = Live()
        live.act(.advance)
        live.act(.revealNextKnelpunt)
        let events = live.act(.advance)
        #expect(events.map(\.type) == ["fase"] && live.game.step == .factoren && live.game.revealedKnelpunten == 1)
    }

    /// The refusal and the decision agree: a refused action logs nothing and changes nothing the room sees.
    @Test("een geweigerde actie verandert niets; een niet geweigerde keuze of vastlegging wordt gelogd", arguments: 0..<20)
    func refusalMatchesDecision(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var live = Live(groups: ["A", "B", "C"])
        for _ in 0..<120 {
            let group = Int.random(in: 0..<3, using: &random)
            let factor = SessionFoldTests.taxonomy.factoren.randomElement(using: &random)!.id
            let mark = FactorMark(kant: Bool.random(using: &random) ? .client : .professional, factor: factor)
            let actions: [GameAction] = [
                .advance, .advance, .back, .revealNextKnelpunt, .toggleFactor(group: group, mark), .lockFactors(group: group),
                .setVisibility(group: group, live.game.groups[group].marks.first ?? mark, .zichtbaar),
                .lockVisibility(group: group), .choose(group: group, .option(Int.random(in: 0..<3, using: &random))),
                .choose(group: group, .pass), .reopen(group: group), .toggleTimer, .addMinutes(1),
            ]
            let action = actions.randomElement(using: &random)!
            let before = live.game
            let refusal = before.refusal(of: action)
            let events = live.act(action)
            if refusal != nil {
                #expect(events.isEmpty, "seed \(seed): \(action) geweigerd (\(refusal!)) maar gelogd")
                #expect(live.game.stepIndex == before.stepIndex && live.game.groups == before.groups, "seed \(seed): \(action)")
            } else if case .lockFactors = action {
                #expect(!events.isEmpty, "seed \(seed): \(action)")
            } else if case .choose = action {
                #expect(!events.isEmpty, "seed \(seed): \(action)")
            } else if case .reopen = action {
                #expect(events.map(\.type) == ["keuze_heropend"], "seed \(seed)")
            }
            if live.game.step == .reflectie { break }
        }
    }
}
