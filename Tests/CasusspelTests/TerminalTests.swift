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
        var screen = try tmux.waitFor(text: "Enter kies casus")
        #expect(screen.contains("casusspel — Casussen"))
        #expect(screen.contains("▸ 1. Een eigen plek"))
        try tmux.send("Down")
        screen = try tmux.waitFor(text: "▸ 2.")
        #expect(screen.contains("Sociaal wijkzorgteam Escamp"))
        try tmux.send("j")
        screen = try tmux.waitFor(text: "▸ 3.")
        #expect(screen.contains("Schuldhulpverlening"))
        try tmux.send("1")
        _ = try tmux.waitFor(text: "▸ 1.")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalRestored())
    }

    @Test("venster verkleinen en vergroten tekent direct opnieuw")
    func resize() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command)
        _ = try tmux.waitFor(text: "Enter kies casus")
        try tmux.resize(width: 50, height: 15)
        let small = try tmux.waitFor(text: "60×18")
        #expect(small.contains("50×15"))
        try tmux.resize(width: 160, height: 48)
        let large = try tmux.waitFor(text: "Enter kies casus")
        #expect(large.contains("▸ 1. Een eigen plek"))
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
        _ = try tmux.waitFor(text: "Enter kies casus")
        let pid = try #require(tmux.programPID)
        #expect(kill(pid, signal) == 0)
        #expect(try tmux.exitStatus() == expected)
        #expect(try tmux.terminalRestored())
    }

    @Test("Ctrl-C stopt het spel even netjes als q, met exitcode 130")
    func controlC() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command)
        _ = try tmux.waitFor(text: "Enter kies casus")
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
        let result = try ProcessRunner.run(Binary.path, ["play"], timeout: 5)
        #expect(result.status == 2)
        #expect(result.stderr.contains("het spel heeft een terminal nodig"))
        #expect(result.stdout.isEmpty)
    }

    @Test("NO_COLOR: geen kleuren, selectie blijft zichtbaar via omgekeerde weergave")
    func noColor() throws {
        let tmux = try Tmux(width: 80, height: 24, command: Self.command, environment: ["NO_COLOR": "1"])
        _ = try tmux.waitFor(text: "Enter kies casus")
        let styled = try tmux.tmux(["capture-pane", "-p", "-e", "-t", "T"])
        // SGR colour codes 30–37/40–47 (and 38;5/48;5) must be absent; reverse video (7) present.
        let colourCode = try Regex(#"\e\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]"#)
        #expect(styled.firstMatch(of: colourCode) == nil)
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[1;7m"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
