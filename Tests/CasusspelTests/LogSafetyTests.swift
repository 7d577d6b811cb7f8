import CasusCore
import CasusIO
import Foundation
import TestSupport
import Testing

/// One writer per session, a log that cannot vanish unnoticed, and a session that
/// ended is opened again only on request — with the real binary in tmux.
@Suite("Het log: één schrijver, niet ongemerkt weg, heropenen op verzoek")
struct LogSafetyTests {
    let logs = TempDirectory("logs")
    let cases = FixedLibrary.make()

    func game(_ extra: String = "") -> String {
        "\(Binary.path) --cases \(cases.path) --case een-eigen-plek-in-transvaal --groups A,B --vaste-volgorde --log-dir \(logs.path) \(extra)"
    }

    func logFiles(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { directory + "/" + $0 }
    }

    func fold(_ path: String) throws -> SessionState {
        let contents = try SessionLogReader.read(path).get()
        return SessionFold.fold(contents, cases: CaseLookup(LibraryLoader.load(paths: [cases.path])))
    }

    @Test("--resume van een sessie die een ander proces speelt: geweigerd met wie; na SIGKILL lukt het (het slot gaat met het proces)")
    func oneWriter() throws {
        let first = try Tmux(width: 80, height: 24, command: game())
        try first.firstScreen(expecting: "Verhaal")
        try first.press(["Enter"], expecting: "Knelpunten")
        let log = try #require(try logFiles(logs.path).first)
        let pid = try #require(first.programPID)
        let second = try Tmux(width: 80, height: 24, command: "\(Binary.path) play --resume --log-dir \(logs.path) --cases \(cases.path)")
        #expect(try second.exitStatus() == 2)
        let refusal = try second.capture()
        #expect(refusal.contains("in gebruik door proces \(pid)"), "\(refusal)")
        #expect(try second.terminalRestored())
        kill(pid, SIGKILL)
        #expect(try first.exitStatus() == 137)
        let resumed = try Tmux(width: 80, height: 24, command: "\(Binary.path) play --resume --log-dir \(logs.path) --cases \(cases.path)")
        try resumed.firstScreen(expecting: "Sessie hervat")
        try resumed.press(["x"], expecting: "Knelpunten")
        try resumed.quitGame()
        #expect(try resumed.exitStatus() == 0)
        #expect(try fold(log).resumptions == 1)
    }

    @Test("de logmap verdwijnt midden in het spel: de trainer ziet het, schrijft alles opnieuw weg, en dat log vouwt tot het scherm")
    func vanishedLog() throws {
        let tmux = try Tmux(width: 80, height: 24, command: game())
        try tmux.firstScreen(expecting: "Verhaal")
        try tmux.press(["Enter", "Enter", "Enter"], expecting: "Diversiteitsfactoren")
        try FileManager.default.removeItem(atPath: logs.path)
        // Group A locks a factor: the line goes to a file that is no longer there.
        let lost = try tmux.press(["Space", "Enter"], expecting: "Het sessielog is weg")
        #expect(lost.contains("w = de hele sessie opnieuw wegschrijven"))
        // Until the trainer chooses, no key reaches the game.
        try tmux.press(["Space", "Enter"], expecting: "Het sessielog is weg")
        let target = TempDirectory("hersteld").path + "/sessie.jsonl"
        try tmux.press(["w"], expecting: "Schrijf de hele sessie opnieuw")
        for _ in 0..<200 { try tmux.send("BSpace") }
        try tmux.type(target, expecting: "sessie.jsonl")
        try tmux.press(["Enter"], expecting: "Sessielog hersteld")
        let screen = try tmux.press(["x"], expecting: "▸B")
        #expect(screen.contains("A√"))
        try tmux.press(["Space", "Enter"], expecting: "Zichtbaar of onzichtbaar")
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
        let state = try fold(target)
        let restored = try #require(state.currentGame)
        #expect(restored.step == .zichtbaarheid)
        #expect(restored.groups.map(\.factorsLocked) == [true, true])
        #expect(state.isFinished)
    }

    @Test("--resume van een afgesloten sessie vraagt --heropen; met --heropen gaat het verder en zegt het log dat")
    func reopen() throws {
        let first = try Tmux(width: 80, height: 24, command: game())
        try first.firstScreen(expecting: "Verhaal")
        try first.quitGame()
        #expect(try first.exitStatus() == 0)
        let log = try #require(try logFiles(logs.path).first)
        let id = String(log.split(separator: "/").last!.dropLast(".jsonl".count))
        let refused = try ProcessRunner.run(Binary.path, ["play", "--resume", id, "--log-dir", logs.path, "--cases", cases.path])
        #expect(refused.status == 2 && refused.stderr.contains("--heropen"), "\(refused.stderr)")
        let again = try Tmux(
            width: 80, height: 24, command: "\(Binary.path) play --resume \(id) --heropen --log-dir \(logs.path) --cases \(cases.path)")
        try again.firstScreen(expecting: "Sessie hervat")
        try again.press(["x"], expecting: "Verhaal")
        try again.quitGame()
        #expect(readText(log).contains(#""data":{"heropend":true}"#))
        #expect(try fold(log).resumptions == 1)
    }
}
