import CasusCore
import Testing

@testable import CasusTUI

@Suite("Schermafdrukken: elk scherm op drie formaten gelijk aan zijn vastgelegde tekst")
struct ScreenSnapshotTests {
    struct Size: Sendable, CustomStringConvertible {
        let width: Int
        let height: Int
        var description: String { "\(width)x\(height)" }
    }

    static let sizes = [Size(width: 60, height: 18), Size(width: 80, height: 24), Size(width: 160, height: 48)]

    @Test("elk scherm", arguments: SnapshotScreen.allCases, sizes)
    func screen(_ screen: SnapshotScreen, _ size: Size) {
        let buffer = screen.render(width: size.width, height: size.height)
        Snapshot.expectMatch(buffer, name: "\(screen.rawValue).\(size)", content: screen.content)
    }

    @Test("te klein venster", arguments: [Size(width: 59, height: 18), Size(width: 40, height: 10), Size(width: 20, height: 5)])
    func tooSmall(_ size: Size) {
        var buffer = CellBuffer(width: size.width, height: size.height)
        TooSmallView(strings: .nl, minimum: RunLoop.minimumSize).render(area: buffer.area, buffer: &buffer)
        Snapshot.expectMatch(buffer, name: "te-klein.\(size)", content: .whole)
    }
}
