import CasusCore
import Testing

@testable import CasusTUI

/// A full room: eight groups with long names, the most the README promises fit on a
/// projector. Every screen where a room must see all groups or all options at once.
@Suite("Schermafdrukken met acht groepen")
struct EightGroupSnapshotTests {
    static let groups = [
        "Team Laak", "Team Escamp", "Team Loosduinen", "Team Segbroek",
        "Team Leidschenveen", "Team Escamp Zuid", "Team Scheveningen", "Team Haagse Hout",
    ]

    enum Screen: String, CaseIterable, Sendable {
        case factoren = "acht-factoren"
        case pijler = "acht-pijler"
        case onthulling = "acht-pijler-onthulling"
        case expertmening = "acht-expertmening"
        case afsluiting = "acht-afsluiting"
        case anoniem = "acht-afsluiting-anoniem"
    }

    @Test("elk scherm", arguments: Screen.allCases, ScreenSnapshotTests.sizes)
    func screen(_ screen: Screen, _ size: ScreenSnapshotTests.Size) {
        let h = Self.session(until: screen)
        Snapshot.expectMatch(h.screen(size.width, size.height), name: "\(screen.rawValue).\(size)", content: .belowHeaderRule)
    }

    /// Groups choose different options so the reveal has every kind of line: several names, one, none.
    static func session(until stop: Screen) -> PlayHarness {
        let h = PlayHarness(groups: groups, anonymous: stop == .anoniem, seed: 7)
        h.press(.enter, .enter, .enter)  // story; knelpunten (hidden ones stay hidden)
        #expect(h.game.step == .factoren)
        h.press(.character(" "), .down, .down, .down, .down, .down, .down, .down, .down, .down, .down, .down, .right)
        if stop == .factoren { return h }
        for _ in groups { h.press(.enter) }
        for _ in groups { h.press(.character("z"), .enter) }
        h.press(.enter)
        #expect(h.game.step == .pijler(0))
        let picks = ["1", "2", "2", "3", "0", "2", "4", "1"]
        for pick in picks.prefix(5) { h.press(.character(Character(pick)), .enter) }
        h.press(.character("4"))
        if stop == .pijler { return h }
        for pick in picks.suffix(3) { h.press(.character(Character(pick)), .enter) }
        #expect(h.game.step == .pijlerOnthulling(0))
        if stop == .onthulling { return h }
        h.press(.enter)
        if stop == .expertmening { return h }
        h.press(.enter)
        for index in 1..<h.game.casus.dilemmas.count {
            #expect(h.game.step == .pijler(index))
            for (n, pick) in picks.enumerated() { h.press(.character(Character(n == index ? "3" : pick)), .enter) }
            h.press(.enter, .enter)
        }
        h.press(.enter)
        #expect(h.game.step == .afsluiting)
        return h
    }
}
