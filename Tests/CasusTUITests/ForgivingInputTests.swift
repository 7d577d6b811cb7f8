import CasusCore
import TestSupport
import Testing

@testable import CasusTUI

/// Input that forgives: a stray `0` is a selection, not a lock; the trainer reopens a
/// choice; a refused key says why in the hint line, until its time is up.
@Suite("Vergevingsgezinde invoer")
struct ForgivingInputTests {
    func hintLine(_ harness: PlayHarness, _ width: Int = 60, _ height: Int = 18) -> String {
        harness.screen(width, height).lines.last ?? ""
    }

    @Test("0 kiest passen zoals een cijfer; Backspace of een ander cijfer verandert het; pas Enter legt vast")
    func strayZero() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.character("3"), .character("0"))
        #expect(harness.sink.events.last?.type != "pas", "0 alleen legt niets vast")
        #expect(harness.screen(60, 18).text.contains("▸0. pas"))
        harness.press(.backspace)
        #expect(harness.controller.model.cursor == 2, "Backspace zet de selectie terug op optie 3")
        #expect(harness.game.step == .pijler(0), "en gaat niet terug naar een vorige fase")
        harness.press(.character("0"), .character("1"), .enter)
        let chosen = harness.sink.events.last
        #expect(chosen?.type == "keuze" && chosen?.data["getoond"] == .int(1) && chosen?.group == "Team Laak")
        harness.press(.character("0"), .enter)
        #expect(harness.sink.events.contains { $0.type == "pas" && $0.group == "Team Escamp" })
    }

    @Test("een geweigerde toets zegt waarom, een paar seconden lang; daarna staan de toetsen er weer")
    func refusedKeySaysWhy() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.character("2"), .enter, .backTab)  // back to Team Laak, who locked
        harness.press(.character("3"))
        #expect(hintLine(harness).contains("Team Laak heeft al vastgelegd; w heropent"), "\(hintLine(harness))")
        #expect(PlayUpdate.wakeAfterMilliseconds(harness.controller.model, now: harness.now) ?? .max <= 4_100)
        harness.now += 5
        harness.controller.tick()
        #expect(harness.controller.model.notice == nil)
        #expect(hintLine(harness) == " " + GameStepView.hints(harness.game, .nl))

        harness.press(.character("x"))
        #expect(hintLine(harness).contains("Toets x doet hier niets"))
        harness.press(.down)
        #expect(!hintLine(harness).contains("doet hier niets"), "een nieuwe toets maakt de oude melding ongedaan")
    }

    @Test("de trainer heropent de keuze van een groep vóór de onthulling; het log zegt het en de nieuwe keuze telt")
    func reopen() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijler(0))
        harness.press(.character("2"), .enter)
        #expect(harness.controller.model.activeGroup == 1)
        harness.press(.character("w"))
        #expect(hintLine(harness).contains("Team Escamp heeft hier nog niets vastgelegd"))
        harness.press(.backTab, .character("w"))
        #expect(harness.sink.events.last?.type == "keuze_heropend" && harness.sink.events.last?.group == "Team Laak")
        #expect(harness.game.groups[0].choices[0] == nil && harness.controller.model.activeGroup == 0)
        #expect(hintLine(harness).contains("Keuze van Team Laak heropend"))
        harness.press(.character("4"), .enter, .character("1"), .enter)
        #expect(harness.game.step == .pijlerOnthulling(0))
        #expect(harness.game.groups[0].choices[0] == .option(harness.game.optionOrder[0][3]))
        harness.press(.character("w"))
        #expect(hintLine(harness).contains("Heropenen kan alleen bij het kiezen"))
    }

    @Test("Enter bij de knelpunten: eerst zegt het hoeveel er nog verborgen zijn, een tweede Enter gaat door")
    func knelpuntenEnterTwice() {
        let harness = PlayHarness()
        harness.press(.enter, .character(" "))
        let hidden = harness.game.casus.knelpunten.count - 1
        #expect(hintLine(harness, 80, 24).contains("Spatie onthul (nog \(hidden))  Enter 2× verder"))
        harness.press(.enter)
        #expect(harness.game.step == .knelpunten)
        #expect(hintLine(harness, 80, 24).contains("Nog \(hidden) verborgen — Enter nogmaals om door te gaan"))
        harness.press(.enter)
        #expect(harness.game.step == .factoren && harness.game.revealedKnelpunten == 1)
        #expect(!harness.sink.events.contains { $0.type == "knelpunt_getoond" && $0.data["nummer"] == .int(2) })
    }

    @Test("een onbekende toetscode of Esc stopt het startscherm niet; alleen q")
    func unknownSequenceNeverQuits() {
        let harness = PlayHarness(caseID: nil, groups: nil)
        #expect(harness.press(.unknown(27)))
        #expect(hintLine(harness).contains("Onbekende toets genegeerd"))
        #expect(harness.press(.escape))
        #expect(hintLine(harness).contains("Esc stopt niet; q stopt"))
        #expect(harness.controller.model.screen == .library)
        #expect(!harness.press(.character("q")))
    }

    @Test("de hulp op 60×18 bladert (1/2, 2/2) en zegt hoe hij sluit; op 160×48 past alles op één bladzijde")
    func helpPages() {
        let harness = PlayHarness()
        harness.press(.character("?"))
        var text = harness.screen(60, 18).text
        #expect(text.contains("Esc of een andere toets sluit") && text.contains("1/2"))
        #expect(!text.contains("stoppen (alles is al bewaard)"))
        harness.press(.pageDown)
        text = harness.screen(60, 18).text
        #expect(text.contains("2/2") && text.contains("stoppen (alles is al bewaard)") && text.contains("heropenen"))
        harness.press(.character(" "))
        #expect(harness.controller.model.overlay == .help, "voorbij de laatste bladzijde blijft de hulp open")
        harness.press(.pageUp)
        #expect(harness.screen(60, 18).text.contains("1/2"))
        let large = harness.screen(160, 48).text
        #expect(large.contains("stoppen (alles is al bewaard)") && large.contains("voor de trainer") && !large.contains("1/2"))
        harness.press(.escape)
        #expect(harness.controller.model.overlay == nil)
    }

    @Test("bij de onthulling scrollt PageDown verder dan de optie waar de cursor staat")
    func revealPageDown() {
        let harness = PlayHarness()
        harness.playThrough(until: .pijlerOnthulling(0))
        harness.press(.enter)  // the expert view: longer than one screen at 60×18
        let before = harness.screen(60, 18).lines
        harness.press(.pageDown)
        let after = harness.screen(60, 18).lines
        #expect(before[3] != after[3], "de pagina schoof op")
        #expect(after.contains { $0.contains("▲") })
        harness.press(.down)
        #expect(harness.controller.model.scroll == 0, "de cursor bewegen zet de pagina weer bij de cursor")
    }

    @Test("elke weigering en bevestiging past in de toetsenregel op 60 kolommen, in beide talen")
    func messagesFit() {
        let refusals: [Refusal] = [
            .locked(group: "Team Laak"), .notLocked(group: "Team Laak"), .reopenNotHere, .sideFull(cap: 3), .stillToCall(3),
            .backAtFirstStep, .backHalfLocked, .backAtEnd, .allKnelpuntenShown, .noTimer, .expertFirst, .notHere,
        ]
        for input in [InputStrings.nl, .en] {
            let messages =
                refusals.map(input.refusal) + [
                    input.unknownKey("Backspace"), input.unknownSequence, input.escapeDoesNotQuit, input.noOption(9), input.noLeervraag(9),
                    input.noLogForReport, input.oneGroup, input.knelpuntenConfirm(12), input.reopened("Team Laak"),
                    input.helpFooter(2, 2),
                ]
            for message in messages { #expect(DisplayWidth.of(message) <= 58, "\(message)") }
        }
        // The help's lines, key column included, inside its box at 60 columns.
        for strings in [Strings.nl, .en] {
            for line in HelpView.lines(strings) { #expect(DisplayWidth.of(line) <= 54, "\(line)") }
        }
    }
}
