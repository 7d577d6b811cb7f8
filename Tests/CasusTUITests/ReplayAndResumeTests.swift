import CasusCore
import CasusIO
import TestSupport
import Testing

@testable import CasusTUI

/// Terugkijken and --resume on the fixed session log, rendered without a terminal.
@Suite("Terugkijken en hervatten, gerenderd als tekst")
struct ReplayAndResumeTests {
    static let sizes = [(60, 18), (80, 24), (160, 48)]
    static let directory = TempDirectory.proefLibrary()
    static let library = LibraryLoader.load(paths: [directory.path])
    static let log = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl")

    static func contents(lines: Int? = nil) throws -> SessionLogReader.Contents {
        let all = log.split(separator: "\n")
        let text = all.prefix(lines ?? all.count).joined(separator: "\n") + "\n"
        return try SessionLogReader.parse(Array(text.utf8), file: "/tmp/sessie.jsonl").get()
    }

    @Test("terugkijken: elk zichtbaar moment een scherm, notities als kader, ←/→ en Home/End", arguments: sizes)
    func replay(_ size: (Int, Int)) throws {
        let frames = ReplayFrames.build(try Self.contents(), library: Self.library, cases: CaseLookup(Self.library), strings: .nl)
        let steps = frames.compactMap { $0.model.game?.step }
        // Every step of the case appears, in order, without repeats of the same moment.
        #expect(Array(distinctRuns(steps)) == Step.sequence(for: Self.library.cases[0].casus))
        let replay = ReplayController(frames: frames, library: Self.library, strings: .nl)
        func screen() -> [String] {
            var buffer = CellBuffer(width: size.0, height: size.1)
            replay.render(into: &buffer)
            #expect(buffer.lines.allSatisfy { DisplayWidth.of($0) <= size.0 })
            return buffer.lines
        }
        #expect(screen().last!.hasPrefix(" Terugkijken 1/\(frames.count) · 09:10"))
        #expect(screen()[1].contains("Verhaal"))
        let note = try #require(frames.firstIndex { $0.model.overlay != nil })
        for _ in 0..<note { _ = replay.handle(.right) }
        #expect(screen().joined().contains("Notitie van Team <Escamp> & co"))
        _ = replay.handle(.end)
        #expect(replay.index == frames.count - 1)
        #expect(screen()[1].contains("Afsluiting"))
        _ = replay.handle(.right)
        #expect(replay.index == frames.count - 1)
        _ = replay.handle(.home)
        _ = replay.handle(.left)
        #expect(replay.index == 0)
        #expect(replay.handle(.character("q")) == false)
    }

    @Test("hervatten midden in een pijler: zelfde scherm, zelfde groep, eerdere keuzes terug, timer op pauze", arguments: sizes)
    func resume(_ size: (Int, Int)) throws {
        // Up to and including Team Laak's choice in Competenties.
        let lines = Self.log.split(separator: "\n")
        let cut = try #require(lines.firstIndex { $0.contains(#""tekst":"Eigen beeld toetsen""#) }) + 1
        let contents = try Self.contents(lines: cut)
        let state = SessionFold.fold(contents, cases: CaseLookup(Self.library))
        let sink = PlayHarness.MemorySink()
        var settings = PlaySettings()
        settings.resume = (state, ["Sessie hervat."])
        let controller = PlayRunner(library: Self.library, strings: .nl, settings: settings, clock: { 100 }, openLog: { sink })
        var buffer = CellBuffer(width: size.0, height: size.1)
        controller.render(into: &buffer)
        #expect(buffer.lines.joined().contains("Sessie hervat"))
        _ = controller.handle(.character("x"))
        buffer = CellBuffer(width: size.0, height: size.1)
        controller.render(into: &buffer)
        #expect(buffer.lines[1].contains("Pijler: Competenties"))
        #expect((buffer.lines[1] + buffer.lines[2]).contains("▸Team <Escamp>"))
        #expect(buffer.lines[0].contains("‖ 04:00"))
        let game = try #require(controller.model.game)
        #expect(game.groups[0].choices == [0: .option(0), 1: .option(1), 2: .option(0)])
        #expect(game.groups[1].choices == [0: .option(2), 1: .pass])
        #expect(sink.events.map(\.type) == ["sessie_hervat"])
        // Playing on continues the same log: Escamp's choice completes the pillar.
        _ = controller.handle(.character("2"))
        _ = controller.handle(.enter)
        #expect(sink.events.map(\.type) == ["sessie_hervat", "keuze", "fase", "onthulling_pijler"])
        #expect(controller.model.game?.step == .pijlerOnthulling(2))
    }

    @Test("terugkijken zonder casusbestand: één scherm zegt dat de casus ontbreekt")
    func replayMissingCase() throws {
        let none = CaseLookup(taxonomy: Self.library.taxonomy) { _, _ in nil }
        let frames = ReplayFrames.build(try Self.contents(), library: Self.library, cases: none, strings: .nl)
        let notices = frames.filter {
            if case .notice(_, let lines) = $0.model.overlay { lines.contains { $0.contains("niet gevonden") } } else { false }
        }
        #expect(notices.count == 1)
        // The notice and the notes, which the log holds in full: not one frame per logged choice.
        let notes = frames.filter { if case .notice(let title, _) = $0.model.overlay { title.hasPrefix("Notitie") } else { false } }
        #expect(notes.count >= 1)
        #expect(frames.count == notices.count + notes.count)
    }
}

/// The distinct steps in order of first appearance.
private func distinctRuns(_ steps: [Step]) -> [Step] {
    var out: [Step] = []
    for step in steps where out.last != step { out.append(step) }
    return out
}
