import Foundation
import TestSupport
import Testing

/// `terugkijken` without an id, in a real terminal: the newest session, named
/// before the screen opens, with local clock times and the zone on its bottom line.
@Suite("terugkijken zonder id in tmux")
struct ReplayDefaultTests {
    @Test("de nieuwste sessie, in lokale tijd met zone; na afloop staat in de terminal welke het was")
    func newestInLocalTime() throws {
        let logs = TempDirectory("terug")
        let cases = TempDirectory.proefLibrary()
        let fixture = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl")
        logs.write("20261120-091000-a1b2.jsonl", fixture)
        // An older session that must not be picked.
        logs.write("20261101-080000-0001.jsonl", fixture.replacing("20261120-091000-a1b2", with: "20261101-080000-0001"))
        let tmux = try Tmux(
            width: 80, height: 24,
            command: "env -u CASUSSPEL_CASES TZ=Europe/Amsterdam \(Binary.path) terugkijken --log-dir \(logs.path) --cases \(cases.path)")
        let first = try tmux.firstScreen(expecting: "Terugkijken 1/")
        // The session starts at 09:10 UTC: 10:10 in Amsterdam in November.
        #expect(first.contains("· 10:10 CET"), "\(first)")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        let after = try tmux.capture()
        // The line may wrap at 80 columns: read the pane as one text.
        let joined = after.split(separator: "\n").joined(separator: "")
        #expect(
            joined.contains("Terugkijken: de nieuwste sessie, 20261120-091000-a1b2 van 20-11-2026 10:10 CET — afgerond."), "\(after)")
        #expect(try tmux.terminalRestored())
    }
}
