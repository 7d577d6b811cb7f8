import CasusCore
import CasusIO
import TestSupport

@testable import CasusTUI

/// A game driven by keys without a terminal: fake clock, events kept in memory.
final class PlayHarness {
    final class MemorySink: SessionLogSink {
        let path = "/tmp/geheugen.jsonl"
        var events: [SessionEvent] = []
        func append(_ event: SessionEvent) throws { events.append(event) }
    }

    static let directory = FixedLibrary.make()
    static let library = LibraryLoader.load(paths: [directory.path])

    let sink = MemorySink()
    var now = 0.0
    var controller: PlayRunner!

    init(
        caseID: String? = "mantelzorg-voor-vader-in-escamp", groups: [String]? = ["Team Laak", "Team Escamp"],
        anonymous: Bool = false, showScores: Bool = true, strings: Strings = .nl, seed: Int? = nil
    ) {
        var settings = PlaySettings()
        settings.groups = groups
        settings.caseIndex = caseID.flatMap { id in Self.library.cases.firstIndex { $0.casus.id == id } }
        settings.anonymous = anonymous
        settings.showScores = showScores
        settings.seed = seed
        let sink = self.sink
        controller = PlayRunner(
            library: Self.library, strings: strings, settings: settings, clock: { [unowned self] in self.now },
            openLog: { sink })
    }

    var game: Game { controller.model.game! }

    @discardableResult
    func press(_ keys: Key...) -> Bool {
        var alive = true
        for key in keys { alive = controller.handle(key) && alive }
        return alive
    }

    func type(_ text: String) {
        for c in text { _ = controller.handle(.character(c)) }
    }

    func screen(_ width: Int, _ height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        controller.render(into: &buffer)
        return buffer
    }

    /// Plays on with fixed answers until `until` (default: the end), calling `visit` on every step.
    func playThrough(until: Step = .afsluiting, visit: (Step) -> Void = { _ in }) {
        var guardCount = 0
        while controller.model.screen == .game, game.step != until, game.step != .afsluiting, guardCount < 200 {
            guardCount += 1
            visit(game.step)
            switch game.step {
            case .factoren:
                press(.character(" "), .down, .down, .character(" "), .enter)  // group 1: etniciteit, taal (client)
                press(.right, .character(" "), .enter)  // group 2: etniciteit (professional)
            case .zichtbaarheid:
                press(.character("z"), .character("o"), .enter)
                press(.character("o"), .enter)
            case .pijler:
                press(.character("2"), .enter)
                press(.character("0"), .enter)
            case .knelpunten:
                // The first Enter says what is still hidden; the second goes on.
                press(.enter, .enter)
            default:
                press(.enter)
            }
        }
        visit(game.step)
    }
}
