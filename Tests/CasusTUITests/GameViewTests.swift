import CasusCore
import TestSupport
import Testing

@testable import CasusTUI

@Suite("Spelschermen gerenderd als tekst")
struct GameViewTests {
    static let sizes = [(60, 18), (80, 24), (160, 48)]

    @Test("elke fase toont titel, fase, groepen, timer en toetsen, en loopt nergens over", arguments: sizes)
    func everyStep(_ size: (Int, Int)) {
        let harness = PlayHarness()
        var seen: [Step] = []
        harness.playThrough { step in
            if seen.last != step { seen.append(step) }
            let game = harness.game
            let buffer = harness.screen(size.0, size.1)
            let lines = buffer.lines
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.0 }, "\(step)")
            #expect(lines[0].contains(game.casus.titel), "\(step)")
            let header = lines[1] + lines[2]
            #expect(header.contains("Team Laak") && header.contains("Team Escamp"), "\(step)")
            let hints = GameStepView.hints(game, .nl)
            #expect(lines.last == " " + hints, "\(step): \(lines.last ?? "")")
            if let minutes = step.minutes(in: game.casus) {
                #expect(lines[0].hasSuffix("◷ " + String(minutes).leftPad(2) + ":00"), "\(step): \(lines[0])")
            }
            switch step {
            case .pijler(let i):
                #expect(lines.contains { $0.contains("1. " + game.casus.dilemmas[i].opties[0].tekst.prefix(20)) }, "\(step)")
            case .factoren:
                #expect(lines.contains { $0.contains("[ ]") && $0.contains("Etniciteit") })
            default: break
            }
        }
        #expect(seen.count == harness.game.steps.count)
        #expect(seen.last == .afsluiting)
    }

    @Test("keuzes blijven verborgen tot alle groepen gekozen hebben")
    func choicesHidden() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.character("2"), .enter)  // Team Laak locks option 2
        #expect(harness.controller.model.activeGroup == 1)
        harness.press(.backTab)  // back to Team Laak: its choice must not show
        let text = harness.screen(80, 24).text
        #expect(text.contains("Team Laak: gekozen (verborgen tot iedereen koos)"))
        #expect(!text.contains("▸2."))
        #expect(text.contains("Team Laak√"))
        #expect(harness.game.step == .pijler(0))
    }

    @Test("onthulling in twee stappen: eerst alleen de spreiding (geen ster, geen punten, geen expert), dan de expertmening")
    func revealShowsSplit() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.character("2"), .enter, .character("2"), .enter)
        #expect(harness.game.step == .pijlerOnthulling(0))
        harness.press(.character("2"))
        for size in [(60, 18), (80, 24), (160, 48)] {
            let spread = harness.screen(size.0, size.1).text
            #expect(!spread.contains("✶") && !spread.contains(" pt") && !spread.contains("Expert:"), "\(size)")
        }
        let spread = harness.screen(160, 48).text
        #expect(spread.contains("█ 2  Team Laak, Team Escamp") || spread.contains("██████████████████████████ 2  Team Laak, Team Escamp"))
        #expect(spread.contains("Bespreek eerst de verschillen"))
        #expect(!spread.contains("Je haalt de drempel weg"))
        harness.press(.enter)
        #expect(harness.game.step == .pijlerOnthulling(0) && harness.game.expertShown == [0])
        let text = harness.screen(160, 48).text
        #expect(text.contains("✶ beste · 3 pt"))
        #expect(text.contains("Expert: Je haalt de drempel weg"))
        #expect(text.contains("Punten: de score van de gekozen optie"))
        #expect(harness.sink.events.last?.type == "onthulling_expert")
    }

    @Test("--anoniem toont alleen aantallen, --no-scores geen punten")
    func anonymousWithoutScores() {
        let harness = PlayHarness(anonymous: true, showScores: false)
        harness.playThrough(until: .pijler(0))
        harness.press(.character("2"), .enter, .character("0"), .enter)
        let text = harness.screen(160, 48).text
        #expect(!text.contains("Team Laak,") && !text.contains("pas: Team"))
        #expect(text.contains("pas: 1"))
        #expect(!text.contains(" pt"))
        harness.playThrough()
        let end = harness.screen(160, 48).text
        // Counts per option, never a group's choice or its points.
        #expect(!end.contains("Keuze per pijler en punten") && !end.contains("/39"))
        #expect(end.contains("Zo koos de zaal (anoniem"))
        #expect(end.contains("Bereik: ") && end.contains("×1") && end.contains("pas ×1"))
    }

    @Test("afsluiting: scores, keuzes naast de beste, leervragen, notities en het log")
    func afsluiting() {
        let harness = PlayHarness()
        harness.press(.character("n"))
        harness.type("Schaamte staat centraal")
        harness.press(.escape)
        harness.playThrough()
        let text = harness.screen(160, 48).text
        #expect(text.contains("Keuze per pijler en punten"))
        // Team Laak chose the option shown as 2 on every pillar; Team Escamp passed.
        let rows = text.components(separatedBy: "\n")
        let laak = try! #require(rows.first { $0.contains("Team Laak ") && $0.contains("/") })
        #expect(laak.split(separator: " ").filter { $0.hasPrefix("2") && !$0.contains("/") }.count == harness.game.casus.dilemmas.count)
        let escamp = try! #require(rows.first { $0.contains("Team Escamp ") && $0.contains("/") })
        #expect(escamp.split(separator: " ").filter { $0 == "–" }.count == harness.game.casus.dilemmas.count)
        #expect(text.contains("✶ = beste"))
        #expect(text.contains("Team Laak (Verhaal): Schaamte staat centraal"))
        #expect(text.contains("Sessielog: /tmp/geheugen.jsonl"))
        #expect(text.contains("Leervragen: zijn ze beantwoord?"))
    }

    @Test("hulp en stopvraag als overlay; q vraagt eerst, n annuleert, j stopt en logt")
    func overlays() {
        let harness = PlayHarness()
        harness.press(.character("?"))
        #expect(harness.screen(80, 24).text.contains("Backspace"))
        harness.press(.character("x"))
        #expect(harness.controller.model.overlay == nil)
        harness.press(.character("q"))
        #expect(harness.screen(80, 24).text.contains("Stoppen? j = ja, n = nee"))
        #expect(harness.press(.character("n")))
        #expect(harness.controller.model.overlay == nil)
        harness.press(.character("q"))
        #expect(!harness.press(.character("j")))
        #expect(harness.sink.events.last?.type == "sessie_einde")
        #expect(harness.sink.events.last?.data["reden"] == .string("gestopt"))
    }

    @Test("Engelse schermen met --lang en")
    func english() {
        let harness = PlayHarness(strings: .en)
        harness.press(.enter)
        let text = harness.screen(80, 24).text
        #expect(text.contains("Friction points"))
        #expect(text.contains("Space reveal (5 left)  Enter 2× next"))

        let setup = PlayHarness(caseID: nil, groups: nil, strings: .en)
        setup.press(.enter)
        let form = setup.screen(80, 24).text
        #expect(form.contains("New session") && form.contains("Group 1") && form.contains("▸ Start ▸"))
    }

    @Test("alle toetsregels passen op 60 kolommen, in beide talen")
    func hintsFit() {
        for strings in [PlayStrings.nl, .en] {
            let all = [
                strings.hintRead, strings.hintFactoren, strings.hintZichtbaarheid, strings.hintPijler,
                strings.hintReveal, strings.hintAfsluiting, strings.hintContentNote, strings.hintSetup, strings.hintLibrary,
            ]
            for hint in all { #expect(DisplayWidth.of(hint) <= 58, "\(hint)") }
        }
        for input in [InputStrings.nl, .en] {
            let hints = [input.hintKnelpuntenHidden(12), input.hintKnelpuntenDone]
            for hint in hints { #expect(DisplayWidth.of(hint) <= 58, "\(hint)") }
        }
        for reveal in [RevealStrings.nl, .en] {
            for hint in [reveal.hintPijler, reveal.hintSpread, reveal.hintExpert] { #expect(DisplayWidth.of(hint) <= 58, "\(hint)") }
        }
    }
}
