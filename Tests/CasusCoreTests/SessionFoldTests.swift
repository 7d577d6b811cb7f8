import TestSupport
import Testing

@testable import CasusCore

/// The session is the fold of its log through the game's state machine.
@Suite("Sessie herbouwen uit het log")
struct SessionFoldTests {
    static var casus: Casus { GameTests.library.cases[0].casus }
    static var taxonomy: Taxonomy { GameTests.library.taxonomy! }

    static func resolve(hash: String = "8b3f8558ef9613b1") -> CaseLookup {
        let casus = casus
        return CaseLookup(taxonomy: taxonomy) { id, _ in
            id == casus.id ? LoadedCase(file: "proef-casus.json", casus: casus, contentHash: hash) : nil
        }
    }

    static func fixtureState(hash: String = "8b3f8558ef9613b1") throws -> SessionState {
        let contents = try SessionLogReader.parse(Array(SessionLogTests.fixture.utf8), file: "sessie-proef.jsonl").get()
        return SessionFold.fold(contents, cases: resolve(hash: hash))
    }

    @Test("het vaste log: instellingen, elke markering, elk oordeel, elke keuze en notitie terug")
    func fixture() throws {
        let state = try Self.fixtureState()
        #expect(state.training == "Wijkteam Laak — dag 2")
        #expect(state.config.groups == ["Team Laak", "Team <Escamp> & co"])
        #expect(state.config.leervragen == ["Hoe vraag ik door zonder te oordelen?"])
        #expect(state.isFinished && state.endReason == "gestopt")
        #expect(state.plays.count == 1)
        let play = state.plays[0]
        #expect(play.finished && !play.skipped && !play.changedSincePlayed && play.unmatchedLines.isEmpty)
        let game = try #require(play.game)
        #expect(game.step == .afsluiting)
        #expect(game.revealedKnelpunten == 2)
        let laak = game.groups[0]
        #expect(
            laak.marks == [
                .init(kant: .client, factor: "leeftijd"), .init(kant: .client, factor: "taal"), .init(kant: .client, factor: "religie"),
            ])
        #expect(laak.calls[.init(kant: .client, factor: "taal")] == .onzichtbaar)
        #expect(laak.choices == [0: .option(0), 1: .option(1), 2: .option(0), 3: .option(2)])
        #expect(game.groups[1].choices[1] == .pass)
        #expect(game.groups[1].notes.map(\.step) == [.pijlerOnthulling(0)])
        #expect(laak.notes.map(\.text) == ["=SOM(A1) hoort geen formule te worden; tijd = geld, zei de teamleider"])
        // The fold's scores equal what the session logged at casus_einde.
        #expect(game.score(of: 0).total == 12 && game.score(of: 1).total == 9)
    }

    @Test("een gewijzigde casus wordt herkend aan de inhoudshash")
    func changedCase() throws {
        let state = try Self.fixtureState(hash: "fedcba9876543210")
        #expect(state.plays[0].changedSincePlayed)
    }

    @Test("een ontbrekende casus: de sessie laadt, de casus zonder spelstand")
    func missingCase() throws {
        let contents = try SessionLogReader.parse(Array(SessionLogTests.fixture.utf8), file: "s.jsonl").get()
        let state = SessionFold.fold(contents, cases: CaseLookup(taxonomy: Self.taxonomy) { _, _ in nil })
        #expect(state.plays.count == 1 && state.plays[0].game == nil && state.plays[0].finished)
    }

    /// Plays random sessions through `Game` as the controller would, logs them,
    /// and checks that folding the log gives the same state at every prefix.
    @Test("vouwen geeft dezelfde stand als live spelen, na elke gebeurtenis", arguments: 0..<25)
    func foldEqualsLive(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let groups = ["A", "B", "C"].prefix(Int.random(in: 1...3, using: &random)).map { $0 }
        var (game, effects) = Game.start(
            casus: Self.casus, taxonomy: Self.taxonomy, config: GameConfig(groups: groups), now: 0, source: ("f", "h"))
        var lines = [
            SessionEvent(.sessionStarted(SessionStart(groups: groups))).jsonLine(timestamp: "t", sessionID: "s")
        ]
        func log(_ effects: [GameEffect]) {
            for case .log(let event) in effects { lines.append(event.jsonLine(timestamp: "t", sessionID: "s")) }
        }
        log(effects)
        var snapshots: [(lines: Int, game: Game)] = []
        for _ in 0..<120 {
            let group = Int.random(in: 0..<groups.count, using: &random)
            let factor = Self.taxonomy.factoren.randomElement(using: &random)!.id
            let mark = FactorMark(kant: Bool.random(using: &random) ? .client : .professional, factor: factor)
            let actions: [GameAction] = [
                .advance, .advance, .back, .revealNextKnelpunt, .toggleFactor(group: group, mark), .lockFactors(group: group),
                .setVisibility(
                    group: group, game.groups[group].marks.randomElement(using: &random) ?? mark,
                    Bool.random(using: &random) ? .zichtbaar : .onzichtbaar),
                .lockVisibility(group: group),
                .choose(group: group, Bool.random(using: &random) ? .pass : .option(Int.random(in: 0..<3, using: &random))),
                .note(group: group, text: "notitie \(lines.count)"),
            ]
            let action = actions.randomElement(using: &random)!
            // Unconfirmed toggles are not logged; compare only after logged events.
            effects = game.apply(action, now: 0)
            log(effects)
            if !effects.isEmpty { snapshots.append((lines.count, game)) }
        }
        for snapshot in snapshots {
            let text = lines.prefix(snapshot.lines).joined(separator: "\n") + "\n"
            let contents = try SessionLogReader.parse(Array(text.utf8), file: "s").get()
            let folded = try #require(SessionFold.fold(contents, cases: Self.resolve()).plays.last?.game)
            #expect(folded.stepIndex == snapshot.game.stepIndex)
            #expect(folded.revealedKnelpunten == snapshot.game.revealedKnelpunten)
            for index in groups.indices {
                let live = snapshot.game.groups[index]
                let back = folded.groups[index]
                #expect(back.choices == live.choices && back.notes == live.notes)
                #expect(back.factorsLocked == live.factorsLocked && back.callsLocked == live.callsLocked)
                // Marks and calls count once locked: before that they were never confirmed.
                if live.factorsLocked { #expect(back.marks == live.marks) }
                if live.callsLocked { #expect(back.calls == live.calls) }
            }
        }
    }

    @Test("wie aan de beurt is: na een vastlegging de volgende open groep, na Tab de gekozen groep")
    func activeGroup() throws {
        var lines = SessionLogTests.fixture.split(separator: "\n").map(String.init)
        // Cut right after the `beurt` event in the visibility phase.
        let beurt = try #require(lines.firstIndex { $0.contains(#""type":"beurt""#) })
        lines = Array(lines.prefix(beurt + 1))
        let contents = try SessionLogReader.parse(Array((lines.joined(separator: "\n") + "\n").utf8), file: "s").get()
        var state = SessionFold.fold(contents, cases: Self.resolve())
        #expect(state.activeGroup == 1 && state.currentGame?.step == .zichtbaarheid)
        #expect(!state.isFinished)
        // The next lock by group 1 hands the keyboard back to group 0.
        let next = SessionLogTests.fixture.split(separator: "\n").map(String.init)[beurt + 1]
        let more = try SessionLogReader.parse(Array((lines.joined(separator: "\n") + "\n" + next + "\n").utf8), file: "s").get()
        state = SessionFold.fold(more, cases: Self.resolve())
        #expect(state.activeGroup == 0)
    }

    @Test("een regel met een ongeldige waarde wordt met zijn regelnummer overgeslagen; elke geldige keuze erna blijft")
    func invalidValueLine() throws {
        var lines = SessionLogTests.fixture.split(separator: "\n").map(String.init)
        // Line 18: Team <Escamp>'s choice on bereik becomes option 9 of 3; a later line names a group that never played.
        lines[17] = lines[17].replacing(#""optie":3"#, with: #""optie":9"#)
        let ghost = lines[27].replacing(#""groep":"Team Laak""#, with: #""groep":"Team Spook""#)
        lines.insert(ghost, at: 28)
        let text = lines.joined(separator: "\n") + "\n"
        let state = SessionFold.fold(try SessionLogReader.parse(Array(text.utf8), file: "s").get(), cases: Self.resolve())
        let play = state.plays[0]
        #expect(play.unmatchedLines == [18, 29])
        let game = try #require(play.game)
        #expect(game.step == .afsluiting && play.finished)
        #expect(game.groups[0].choices == [0: .option(0), 1: .option(1), 2: .option(0), 3: .option(2)])
        #expect(game.groups[1].choices == [1: .pass, 2: .option(1), 3: .option(0)])
    }
}
