import CasusCore
import CasusIO
import TestSupport
import Testing

@testable import CasusTUI

/// Every screen the game can show, reached the way a room reaches it: by keys,
/// from the fixed library, with two groups and the clock standing still at 0.
enum SnapshotScreen: String, CaseIterable, Sendable {
    case startscherm
    case startschermLeeg = "startscherm-leeg"
    case instellen
    case inhoudswaarschuwing
    case verhaal
    case personen
    case knelpunten
    case factoren
    case zichtbaarheid
    case zichtbaarheidOnthulling = "zichtbaarheid-onthulling"
    case pijler
    case pijlerOnthulling = "pijler-onthulling"
    case expertmening
    case eigenAanpak = "eigen-aanpak"
    case ijsberg
    case trainer
    case logWeg = "log-weg"
    case reflectie
    case afsluiting
    case hulp
    case stoppen
    case notitie
    case logMislukt = "log-mislukt"
    case meldingen
    case bericht
    case terugkijken
    case terugkijkenNotitie = "terugkijken-notitie"
    case terugkijkenLeeg = "terugkijken-leeg"

    var content: ContentArea {
        switch self {
        case .startscherm, .startschermLeeg, .instellen, .terugkijkenLeeg: .betweenBars
        case .hulp, .stoppen, .notitie, .logMislukt, .meldingen, .bericht, .terugkijkenNotitie, .eigenAanpak, .logWeg: .insideBox
        default: .belowHeaderRule
        }
    }

    func render(width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        switch self {
        case .startschermLeeg:
            let library = CaseLibrary(taxonomy: nil, cases: [], diagnostics: [], filesRead: 0)
            LibraryView(library: library, browser: CaseBrowser(count: 0), strings: .nl).render(area: buffer.area, buffer: &buffer)
        case .inhoudswaarschuwing:
            SnapshotScript.contentNote().render(into: &buffer)
        case .logMislukt:
            SnapshotScript.controller(library: PlayHarness.library, caseIndex: 1, openLog: { throw UnwritableLog() })
                .render(into: &buffer)
        case .terugkijken, .terugkijkenNotitie, .terugkijkenLeeg:
            SnapshotScript.replay(self).render(into: &buffer)
        default:
            // Through the harness, which owns the controller's clock.
            buffer = SnapshotScript.session(until: self).screen(width, height)
        }
        return buffer
    }
}

struct UnwritableLog: Error, CustomStringConvertible {
    var description: String { "/tmp/geheugen.jsonl: No space left on device" }
}

enum SnapshotScript {
    static let groups = ["Team Laak", "Team Escamp"]

    /// One session from the start screen to the end screen, stopping at `stop`.
    static func session(until stop: SnapshotScreen) -> PlayHarness {
        let h = PlayHarness(caseID: nil, groups: nil)
        h.press(.down)
        if stop == .startscherm { return h }

        h.press(.enter, .up, .up, .up, .enter)
        h.type("Wijkteams Den Haag")
        h.press(.enter, .down, .enter)
        for _ in 0..<"Groep 1".count { h.press(.backspace) }
        h.type(groups.joined(separator: ", "))
        h.press(.enter, .down, .enter)
        h.type("Hoe bereik je wie niet komt?")
        h.press(.enter)
        h.type("Wat is maatwerk?")
        h.press(.save)
        if stop == .instellen { return h }

        h.press(.down, .enter)
        expect(h, at: .verhaal)
        if stop == .hulp { h.press(.character("?")) }
        if stop == .personen { h.press(.character("p")) }
        if stop == .trainer { h.press(.character("T")) }
        if stop == .logWeg {
            h.controller.send(.logLost("Het sessielog /tmp/geheugen.jsonl is verwijderd, verplaatst of vervangen terwijl het spel erin schreef."))
        }
        if [.verhaal, .hulp, .personen, .trainer, .logWeg].contains(stop) { return h }

        h.press(.enter, .character(" "), .character(" "))
        expect(h, at: .knelpunten)
        if stop == .meldingen {
            // Set, not reloaded with R: real messages start with the temporary folder's random path.
            h.controller.send(
                .reloadFailed(problems: [
                    "mantelzorg-voor-vader-in-escamp.json:48:23: dilemmas[1].opties[2].score: 4 valt buiten het bereik; verwacht 0 t/m 3",
                    "mantelzorg-voor-vader-in-escamp.json:61:19: personen[0].factoren[1].factor: onbekende factor 'tal'; bedoelde je 'taal'?",
                ]))
        }
        if stop == .knelpunten || stop == .meldingen { return h }

        h.press(.enter, .enter)  // the first Enter shows the hidden ones
        expect(h, at: .factoren)
        h.press(.character(" "), .down, .down, .character(" "), .enter)  // Team Laak: etniciteit, taal (inwoner)
        h.press(.right, .character(" "), .down)  // Team Escamp: etniciteit (professional), cursor one row down
        if stop == .stoppen { h.press(.character("q")) }
        if stop == .factoren || stop == .stoppen { return h }

        h.press(.enter, .character("z"))  // Team Laak calls the first, the cursor moves to the second
        expect(h, at: .zichtbaarheid)
        if stop == .zichtbaarheid { return h }

        h.press(.character("o"), .enter, .character("o"), .enter, .down)
        expect(h, at: .zichtbaarheidOnthulling)
        if stop == .zichtbaarheidOnthulling { return h }

        h.press(.enter, .character("2"), .enter, .character("3"))  // Team Laak locks 2; Team Escamp's cursor on 3
        expect(h, at: .pijler(0))
        if stop == .eigenAanpak {
            h.press(.character("a"))
            h.type("We bellen samen met de huisarts aan.")
        }
        if stop == .pijler || stop == .eigenAanpak { return h }

        h.press(.enter)
        expect(h, at: .pijlerOnthulling(0))
        if stop == .expertmening { h.press(.enter) }
        if stop == .pijlerOnthulling || stop == .expertmening { return h }

        h.playThrough(until: .reflectie)
        expect(h, at: .reflectie)
        if stop == .ijsberg {
            h.press(.character("i"))
            return h
        }
        h.press(.character("n"))
        h.type("Schaamte speelt aan beide kanten.")
        h.press(.enter)
        h.type("Vragen naar taal voelt ongemakkelijk.")
        if stop == .notitie { return h }

        h.press(.save)
        if stop == .reflectie { return h }

        h.press(.enter)
        expect(h, at: .afsluiting)
        if stop == .bericht {
            h.controller.writeReports = { _ in ["/tmp/geheugen.md", "/tmp/geheugen.html"] }
            h.press(.character("r"))
        }
        precondition(stop == .afsluiting || stop == .bericht, "\(stop) is not on the session's way")
        return h
    }

    /// The script's keys must land on the step it names; a changed rule should fail here, not in a snapshot.
    private static func expect(_ h: PlayHarness, at step: Step, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(h.controller.model.screen == .game && h.game.step == step, sourceLocation: sourceLocation)
    }

    static func controller(library: CaseLibrary, caseIndex: Int, openLog: @escaping () throws -> SessionLogSink) -> PlayRunner {
        var settings = PlaySettings()
        settings.groups = groups
        settings.caseIndex = caseIndex
        return PlayRunner(library: library, strings: .nl, settings: settings, clock: { 0 }, openLog: openLog)
    }

    /// The test case with a content note, in a library of its own.
    static func contentNote() -> PlayRunner {
        let directory = TempDirectory().withShippedTaxonomy()
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
            .replacingOccurrences(
                of: #""verhaal": ["#,
                with: #""inhoudswaarschuwing": "Dit verhaal gaat over huiselijk geweld en een vermiste vader.", "verhaal": ["#)
        directory.write("proef-casus.json", text)
        let sink = PlayHarness.MemorySink()
        return controller(library: LibraryLoader.load(paths: [directory.path]), caseIndex: 0, openLog: { sink })
    }

    /// The fixed session log played back: a pillar's reveal, a note, and no frames at all.
    static func replay(_ screen: SnapshotScreen) -> ReplayController {
        let directory = TempDirectory.proefLibrary()
        let library = LibraryLoader.load(paths: [directory.path])
        let log = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl")
        let contents = try! SessionLogReader.parse(Array(log.utf8), file: "/tmp/sessie.jsonl").get()
        let frames =
            screen == .terugkijkenLeeg
            ? [] : ReplayFrames.build(contents, library: library, cases: CaseLookup(library), strings: .nl)
        let replay = ReplayController(frames: frames, library: library, strings: .nl)
        let target: Int? =
            switch screen {
            case .terugkijken: frames.firstIndex { $0.model.game?.step == .pijlerOnthulling(0) && $0.model.overlay == nil }
            case .terugkijkenNotitie: frames.firstIndex { $0.model.overlay != nil }
            default: nil
            }
        for _ in 0..<(target ?? 0) { _ = replay.handle(.right) }
        return replay
    }
}
