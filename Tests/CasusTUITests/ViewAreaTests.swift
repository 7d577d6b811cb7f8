import CasusCore
import Testing

@testable import CasusTUI

@Suite("Views tekenen in hun eigen gebied en nergens anders")
struct ViewAreaTests {
    enum Sample: String, CaseIterable, Sendable {
        case library, setup, step, help, editor, box, tooSmall, replay

        var view: any View {
            switch self {
            case .library:
                LibraryView(library: PlayHarness.library, browser: CaseBrowser(count: PlayHarness.library.cases.count), strings: .nl)
            case .setup:
                SetupView(form: PlayModel.SetupForm(), casus: nil, strings: .nl)
            case .step:
                GameScreen(
                    model: SnapshotScript.session(until: .factoren).controller.model, library: PlayHarness.library, strings: .nl, now: 0)
            case .help:
                GameScreen(model: SnapshotScript.session(until: .hulp).controller.model, library: PlayHarness.library, strings: .nl, now: 0)
            case .editor:
                GameScreen(
                    model: SnapshotScript.session(until: .notitie).controller.model, library: PlayHarness.library, strings: .nl, now: 0)
            case .box:
                Box(title: "Titel", lines: [String(repeating: "lang ", count: 40), "kort"])
            case .tooSmall:
                TooSmallView(strings: .nl, minimum: RunLoop.minimumSize)
            case .replay:
                ReplayView(
                    frame: SnapshotScript.replay(.terugkijken).frames[12], position: 13, count: 26, scroll: 0,
                    library: PlayHarness.library, strings: .nl)
            }
        }
    }

    /// A buffer full of a marker cell, so every cell a view writes, even a blank, shows.
    static func marked(width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        buffer.fill(.warning, buffer.area, with: "#")
        return buffer
    }

    @Test(
        "in een deel van een groter scherm: buiten het gebied blijft alles staan, binnen staat wat op een eigen scherm staat",
        arguments: Sample.allCases, [Rect(x: 13, y: 5, width: 60, height: 18), Rect(x: 1, y: 30, width: 80, height: 24)])
    func drawsOnlyInsideItsArea(_ sample: Sample, _ area: Rect) {
        let view = sample.view
        var big = Self.marked(width: 120, height: 60)
        view.render(area: area, buffer: &big)
        var own = Self.marked(width: area.width, height: area.height)
        view.render(area: own.area, buffer: &own)
        #expect(own.cells.contains { $0.text != "#" }, "\(sample) drew nothing")
        var outside: [String] = []
        var different: [String] = []
        for y in 0..<big.height {
            for x in 0..<big.width {
                if !area.contains(x: x, y: y) {
                    if big[x, y] != Cell(text: "#", role: .warning) { outside.append("(\(x), \(y))") }
                } else if big[x, y] != own[x - area.x, y - area.y] {
                    different.append("(\(x), \(y))")
                }
            }
        }
        #expect(outside.isEmpty, "\(sample) drew \(outside.count) cells outside \(area), from \(outside.prefix(5))")
        #expect(
            different.isEmpty,
            "\(sample) drew \(different.count) cells differently than on a screen of its own, from \(different.prefix(5))")
        #expect(big.clip == big.area, "the clip is restored after drawing")
    }

    @Test("de buffer knipt alles af wat buiten het gebied valt, ook dubbelbrede tekens en vlakken")
    func bufferClips() {
        var buffer = Self.marked(width: 12, height: 4)
        let area = Rect(x: 3, y: 1, width: 5, height: 2)
        buffer.clipped(to: area) { buffer in
            // From left of the area, the text runs to its right edge; a wide character never half.
            buffer.put("中文字中文字", x: 1, y: 1)
            buffer.put("abcdefgh", x: 2, y: 2)
            buffer.put("boven", x: 3, y: 0)
        }
        #expect(buffer.lines == ["############", "###文字…####", "###bcde…####", "############"])

        buffer.clipped(to: area) { buffer in
            buffer.fill(.selected, buffer.area)
            buffer.horizontalLine(y: 3)
            buffer.clipped(to: Rect(x: 0, y: 0, width: 4, height: 4)) { buffer in buffer.fill(.accent, buffer.area, with: "+") }
        }
        #expect(buffer.lines == ["############", "###+    ####", "###+    ####", "############"])
        #expect(buffer[3, 1].role == .accent && buffer[4, 1].role == .selected)
        #expect(buffer.clip == buffer.area)
    }
}

@Suite("Rect: gebieden snijden, verdelen en centreren")
struct RectTests {
    let area = Rect(x: 2, y: 3, width: 20, height: 10)

    @Test("inspringen, en nooit een negatieve maat")
    func inset() {
        #expect(area.inset(left: 1, top: 2, right: 3, bottom: 4) == Rect(x: 3, y: 5, width: 16, height: 4))
        #expect(area.inset(by: 1) == Rect(x: 3, y: 4, width: 18, height: 8))
        #expect(area.inset(by: 11).isEmpty)
        #expect(Rect(x: 0, y: 0, width: -5, height: 3).width == 0)
    }

    @Test("verdelen in rijen en kolommen")
    func split() {
        let (top, rest) = area.split(rows: 3)
        #expect(top == Rect(x: 2, y: 3, width: 20, height: 3))
        #expect(rest == Rect(x: 2, y: 6, width: 20, height: 7))
        #expect(area.split(rows: 50).rest.height == 0)
        let (left, right) = area.split(columns: 8)
        #expect(left == Rect(x: 2, y: 3, width: 8, height: 10))
        #expect(right == Rect(x: 10, y: 3, width: 12, height: 10))
        #expect(area.row(9) == Rect(x: 2, y: 12, width: 20, height: 1))
        #expect(area.row(10).isEmpty)
    }

    @Test("centreren binnen zichzelf, niet groter dan het gebied")
    func centred() {
        #expect(area.centred(width: 10, height: 4) == Rect(x: 7, y: 6, width: 10, height: 4))
        #expect(area.centred(width: 9, height: 3) == Rect(x: 7, y: 6, width: 9, height: 3))
        #expect(area.centred(width: 40, height: 40) == area)
    }

    @Test("doorsnede")
    func intersection() {
        #expect(area.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == Rect(x: 2, y: 3, width: 3, height: 2))
        #expect(area.intersection(Rect(x: 50, y: 50, width: 5, height: 5)).isEmpty)
    }
}
