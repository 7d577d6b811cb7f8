import CasusCore
import CasusIO
import TestSupport
import Testing

@testable import CasusTUI

@Suite("Startscherm gerenderd als tekst")
struct LibraryViewTests {
    static let directory = FixedLibrary.make()
    static let library = LibraryLoader.load(paths: [directory.path])
    static let sizes = [(60, 18), (80, 24), (160, 48)]

    func render(width: Int, height: Int, selected: Int = 0, strings: Strings = .nl) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        LibraryView(
            library: Self.library, browser: CaseBrowser(count: Self.library.cases.count, selected: selected), strings: strings
        ).render(area: buffer.area, buffer: &buffer)
        return buffer
    }

    @Test("toont titelbalk, alle casussen, details en toetsen", arguments: sizes)
    func showsEverything(_ size: (Int, Int)) {
        let buffer = render(width: size.0, height: size.1, selected: 1)
        let lines = buffer.lines
        #expect(lines[0].hasPrefix(" casusspel — Casussen"))
        #expect(lines[0].hasSuffix("3 casussen"))
        #expect(lines.last == " ↑↓ kiezen  Enter kies casus  q stop")
        for (index, loaded) in Self.library.cases.enumerated() {
            #expect(lines.contains { $0.contains("\(index + 1). \(loaded.casus.titel)") })
        }
        let selected = Self.library.cases[1].casus
        #expect(lines.contains { $0.contains("▸ 2. \(selected.titel)") })
        #expect(lines.contains { $0.contains(selected.setting.organisatie) })
        #expect(lines.contains { $0.contains("duur: 64 min") })
        // Nothing may run past the right edge.
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.0 })
    }

    @Test("de selectie is niet alleen kleur: een markering en een eigen rol")
    func selectionIsMarked() {
        let buffer = render(width: 80, height: 24, selected: 2)
        let row = buffer.lines.firstIndex { $0.contains("▸ 3.") }!
        #expect(buffer[3, row].role == .selected)
        #expect(!buffer.lines.contains { $0.contains("▸ 1.") })
    }

    @Test("Engelse catalogus")
    func english() {
        let lines = render(width: 80, height: 24, strings: .en).lines
        #expect(lines[0].hasPrefix(" casusspel — Cases"))
        #expect(lines.last == " ↑↓ move  Enter choose case  q quit")
        #expect(lines.contains { $0.contains("duration: 64 min") })
    }
}
