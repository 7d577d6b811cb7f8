import Testing

@testable import CasusTUI

@Suite("xterm-256-palet en WCAG-contrast")
struct PaletteTests {
    @Test(
        "bekende waarden van de kubus en de grijsreeks",
        arguments: [
            (16, "#000000"), (21, "#0000ff"), (46, "#00ff00"), (196, "#ff0000"), (208, "#ff8700"), (226, "#ffff00"),
            (231, "#ffffff"), (110, "#87afd7"), (232, "#080808"), (244, "#808080"), (255, "#eeeeee"),
        ])
    func knownValues(_ index: Int, _ hex: String) {
        #expect(Palette.rgb(index)?.description == hex)
    }

    @Test("de 16 basiskleuren, de standaardkleur en alles buiten het palet hebben geen vaste kleur", arguments: [-1, 0, 7, 15, 256])
    func noFixedColour(_ index: Int) {
        #expect(Palette.rgb(index) == nil)
        #expect(Contrast.ratio(foreground: index, background: 231) == nil)
        #expect(Contrast.ratio(foreground: 16, background: index) == nil)
    }

    @Test("contrast volgens WCAG: zwart op wit 21, gelijk 1, #767676 op wit 4,54")
    func wcagExamples() {
        let white = Palette.RGB(255, 255, 255), black = Palette.RGB(0, 0, 0)
        #expect(abs(Contrast.ratio(black, white) - 21) < 0.001)
        #expect(Contrast.ratio(white, black) == Contrast.ratio(black, white))
        #expect(Contrast.ratio(white, white) == 1)
        // WebAIM's threshold grey for AA: 4.54:1 on white.
        #expect(abs(Contrast.ratio(Palette.RGB(0x76, 0x76, 0x76), white) - 4.54) < 0.01)
        #expect(abs(Contrast.luminance(Palette.RGB(255, 0, 0)) - 0.2126) < 0.0001)
    }
}
