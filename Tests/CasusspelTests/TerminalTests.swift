import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary in a real terminal (tmux): what a trainer sees and types.
@Suite("Spel in de terminal (tmux)")
struct TerminalTests {
    static let library = FixedLibrary.make()
    static let command = "\(Binary.path) --cases \(library.path)"

    @Test("startscherm: casussen kiezen met pijltjes, q sluit netjes af")
    func startScreen() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command)
        var screen = try tmux.firstScreen(expecting: "Enter kies casus")
        #expect(screen.contains("casusspel — Casussen"))
        #expect(screen.contains("▸ 1. Een eigen plek"))
        screen = try tmux.press("Down", expecting: "▸ 2.")
        #expect(screen.contains("Sociaal wijkzorgteam Escamp"))
        screen = try tmux.press("j", expecting: "▸ 3.")
        #expect(screen.contains("Schuldhulpverlening"))
        try tmux.press("1", expecting: "▸ 1.")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalRestored())
    }

    @Test("testhaak CASUSSPEL_TEST_KEYLOG: na elk beeld met nieuwe toetsen of grootte één regel")
    func keyLog() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command)
        try tmux.firstScreen(expecting: "Enter kies casus")
        try tmux.press("Down", "j", expecting: "▸ 3.")
        try tmux.resize(width: 60, height: 18)
        try tmux.settle(width: 60, height: 18)
        try tmux.press("Up", expecting: "▸ 2.")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        // One frame per key even when keys arrive together; a resize is no key; quitting draws nothing.
        #expect(readText(tmux.keyLog) == "0 80x24\n1 80x24\n2 80x24\n2 60x18\n3 60x18\n")
    }

    @Test("venster verkleinen en vergroten tekent direct opnieuw")
    func resize() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command)
        try tmux.firstScreen(expecting: "Enter kies casus")
        try tmux.resize(width: 50, height: 15)
        let small = try tmux.settle(width: 50, height: 15)
        #expect(small.contains("60×18") && small.contains("50×15"), "\(small)")
        try tmux.resize(width: 160, height: 48)
        let large = try tmux.settle(width: 160, height: 48)
        #expect(large.contains("Enter kies casus") && large.contains("▸ 1. Een eigen plek"), "\(large)")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test(
        "signalen herstellen de terminal en geven de gebruikelijke exitcode",
        arguments: [
            (SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130)), (SIGQUIT, Int32(131)),
        ])
    func signals(_ signal: Int32, _ expected: Int32) throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command)
        try tmux.firstScreen(expecting: "Enter kies casus")
        let pid = try #require(tmux.programPID)
        #expect(kill(pid, signal) == 0)
        #expect(try tmux.exitStatus() == expected)
        #expect(try tmux.terminalRestored())
    }

    @Test("Ctrl-C stopt het spel even netjes als q, met exitcode 130")
    func controlC() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command)
        try tmux.firstScreen(expecting: "Enter kies casus")
        try tmux.send("C-c")
        #expect(try tmux.exitStatus() == 130)
        #expect(try tmux.terminalRestored())
    }

    @Test(
        "onbruikbare terminal: één regel uitleg en exitcode 2",
        arguments: [
            ("TERM=", "TERM is niet gezet"),
            ("TERM=dumb", "terminaltype 'dumb'"),
            ("TERM=bestaat-niet-term", "terminaltype 'bestaat-niet-term'"),
        ])
    func unusableTerminal(_ setting: String, _ message: String) throws {
        let tmux = try Tmux(width: 100, height: 10, command: "env \(setting) \(Self.command)")
        #expect(try tmux.exitStatus() == 2)
        let screen = try tmux.capture()
        #expect(screen.contains(message))
        #expect(try tmux.terminalRestored())
    }

    @Test("zonder tty: uitleg op stderr en exitcode 2")
    func noTTY() throws {
        let result = try ProcessRunner.run(Binary.path, ["play"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("het spel heeft een terminal nodig"))
        #expect(result.stdout.isEmpty)
    }

    @Test("NO_COLOR: geen kleuren, selectie blijft zichtbaar via omgekeerde weergave")
    func noColor() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command, environment: ["NO_COLOR": "1"])
        try tmux.firstScreen(expecting: "Enter kies casus")
        let styled = try tmux.tmux(["capture-pane", "-p", "-e", "-t", "T"])
        // SGR colour codes 30–37/40–47 (and 38;5/48;5) must be absent; reverse video (7) present.
        let colourCode = try Regex(#"\e\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]"#)
        #expect(styled.firstMatch(of: colourCode) == nil)
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[1;7m"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
