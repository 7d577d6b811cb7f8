import CasusCore
import Testing

@testable import CasusTUI

@Suite("Thema's lezen op een projector: 7:1 voor elke tekst, geen kleur zonder vaste RGB")
struct ThemeContrastTests {
    static let colourThemes = Theme.Name.allCases.map { Theme.theme($0) }.filter(\.usesColor)

    @Test("er zijn drie kleurthema's en mono heeft geen kleur")
    func themes() {
        #expect(Self.colourThemes.map(\.name) == [.projector, .donker, .licht])
        #expect(!Theme.mono.usesColor)
    }

    @Test("elke rol haalt minstens 7:1 met kleuren uit 16–255", arguments: colourThemes.map(\.name))
    func everyRoleReads(_ name: Theme.Name) throws {
        let theme = Theme.theme(name)
        for role in Role.allCases {
            let look = theme.look(role)
            let ratio = try theme.contrast(of: look).get()
            #expect(ratio >= 7, "\(name) \(role): \(look.foreground) op \(look.background) = \(ratio)")
            // Reverse would swap the pair; bold on 0–7 turns colours bright in xterm: neither is allowed to carry meaning.
            #expect(!look.reverse, "\(name) \(role)")
        }
        #expect(theme.textProblems.isEmpty)
    }

    @Test("dezelfde controle weigert een slecht paar, een basiskleur en de standaardkleur")
    func rejectsBadPairs() {
        let theme = Theme.projector
        // Grey 244 (#808080) on black: 5.3:1, enough for WCAG AA but not for a projector.
        guard case .failure(.lowContrast(let ratio)) = theme.contrast(of: .init(foreground: 244, background: 16)) else {
            Issue.record("244 op 16 had geweigerd moeten worden")
            return
        }
        #expect(ratio > 5 && ratio < 7)
        // The old projector title: curses black on yellow, whose RGB depends on the terminal.
        #expect(theme.contrast(of: .init(foreground: 0, background: 3)) == .failure(.noFixedColour(foreground: 0, background: 3)))
        #expect(theme.contrast(of: .init(foreground: -1, background: 16)) == .failure(.noFixedColour(foreground: -1, background: 16)))
        // Pure red on black looks loud but reaches only 5.3:1.
        if case .success = theme.contrast(of: .init(foreground: 196, background: 16)) { Issue.record("rood op zwart is 5,3:1") }
        // Mono has nothing to measure and is never a text problem; its attributes carry the roles.
        #expect(Theme.mono.textProblems.isEmpty)
    }

    @Test("mono onderscheidt selectie, titel en koppen met attributen")
    func monoUsesAttributes() {
        let mono = Theme.mono
        #expect(mono.look(.selected).reverse && mono.look(.title).reverse && mono.look(.hint).reverse)
        #expect(mono.look(.heading).bold && mono.look(.warning).underline)
        #expect(Role.allCases.allSatisfy { mono.look($0).foreground == -1 && mono.look($0).background == -1 })
    }

    @Test("minder dan 256 kleuren of NO_COLOR: mono; 256 of meer: het gekozen thema")
    func fallback() {
        #expect(Theme.projector.fitting(colours: 8).name == .mono)
        #expect(Theme.licht.fitting(colours: 88).name == .mono)
        #expect(Theme.donker.fitting(colours: 0).name == .mono)
        #expect(Theme.donker.fitting(colours: -2).name == .mono)
        #expect(Theme.projector.fitting(colours: 256).name == .projector)
        #expect(Theme.licht.fitting(colours: 16_777_216).name == .licht)
        #expect(Theme.mono.fitting(colours: 256).name == .mono)
        #expect(Theme.named(.projector, noColor: true).name == .mono)
        #expect(Theme.named(.licht, noColor: false).name == .licht)
    }
}
