import CasusCore
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A training room is not a lab: signals, suspends, kills and resizes, each
/// against the real binary in a real terminal.
@Suite("Betrouwbaarheid in de terminal")
struct ReliabilityTests {
    static let library = FixedLibrary.make()

    /// A script in the pane, so shell quoting of odd arguments stays out of tmux's way.
    /// It is read by `sh`, never exec'd: exec fails with ETXTBSY ("Text file busy") while
    /// any process holds the file open for writing, and a process that a parallel test
    /// forks while the file is being written inherits that descriptor. O_CLOEXEC only
    /// closes it at the child's exec and a rename keeps the same inode, so both leave a
    /// window; a file that is only read has none.
    func script(_ body: String, in dir: TempDirectory) -> String {
        "sh " + dir.write("run.sh", body + "\n")
    }

    func game(_ logs: TempDirectory, groups: String = "A,B") -> String {
        "\(Binary.path) --cases \(Self.library.path) --case mantelzorg-voor-vader-in-escamp --groups '\(groups)' --vaste-volgorde --log-dir \(logs.path)"
    }

    func events(in directory: String) throws -> [[String: Any]] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }
        guard let file = files.first else { return [] }
        return try readText(directory + "/" + file).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "regel is geen JSON: \(line)")
        }
    }

    @Test("na elk signaal zijn de terminalinstellingen (stty -a) precies als ervoor", arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    func sttyRestored(_ signal: Int32) throws {
        let dir = TempDirectory("stty")
        let logs = TempDirectory("logs")
        let run = script("stty -a > \(dir.path)/voor; \(game(logs)); s=$?; stty -a > \(dir.path)/na; exit $s", in: dir)
        let tmux = try Tmux(width: 80, height: 24, command: run)
        try tmux.firstScreen(expecting: "Verhaal")
        let shell = try #require(tmux.programPID)
        let children = readText("/proc/\(shell)/task/\(shell)/children").split(separator: " ").compactMap { Int32($0) }
        let pid = try #require(children.first)
        kill(pid, signal)
        #expect(try tmux.exitStatus() == 128 + signal)
        #expect(readText(dir.path + "/voor") == readText(dir.path + "/na"))
        #expect(try tmux.terminalRestored())
        let log = try events(in: logs.path)
        #expect(log.last?["type"] as? String == "sessie_onderbroken")
        #expect((log.last?["data"] as? [String: Any])?["signaal"] as? Int == Int(signal))
    }

    @Test("Ctrl-Z zet het spel stil met een herstelde terminal; fg tekent opnieuw en de toetsen werken")
    func suspendAndContinue() throws {
        let logs = TempDirectory("logs")
        // Job control needs an interactive shell: in a plain `sh -c` the kernel drops SIGTSTP.
        let tmux = try Tmux(width: 80, height: 24, command: "bash --norc --noprofile -i")
        try tmux.sendToShell(game(logs))
        try tmux.firstScreen(expecting: "Verhaal")
        try tmux.send("C-z")
        _ = try tmux.waitFor(text: "Stopped")
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1")
        try tmux.sendToShell("fg")
        // Ctrl-Z was a key: the program counts it once the frame after `fg` is out.
        let back = try tmux.settle()
        #expect(back.contains("Verhaal"))
        #expect(try tmux.display("#{alternate_on} #{keypad_cursor_flag}") == "1 1")
        try tmux.press("Enter", expecting: "Knelpunten")
        try tmux.quitGame()
        // The earlier prompt is still on the main screen: wait for bash to hold the terminal again.
        try tmux.waitUntil("bash op de voorgrond") { try tmux.display("#{pane_current_command}") == "bash" }
        try tmux.sendToShell("echo UIT=$?")
        _ = try tmux.waitFor(text: "UIT=0")
        #expect(try tmux.display("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag}") == "0 1 0")
    }

    /// Scripted steps; each confirms the listed log events once its screen has appeared.
    static let steps: [(keys: [String], screen: String, confirms: [String])] = [
        (["Enter"], "Knelpunten", []),
        (["Enter", "Enter"], "Diversiteitsfactoren", []),
        (["Space", "Enter"], "▸B", ["factoren_vastgelegd"]),
        (["Space", "Enter"], "Zichtbaar of onzichtbaar", ["factoren_vastgelegd"]),
        (["z", "Enter"], "▸B", ["zichtbaarheid_vastgelegd"]),
        (["z", "Enter"], "onthulling", ["zichtbaarheid_vastgelegd"]),
        (["Enter"], "Pijler: Bereik", []),
        (["1", "Enter"], "▸B", ["keuze"]),
        (["0", "Enter"], "Bereik, onthulling", ["pas"]),
        (["Enter"], "Expertmening per optie", ["onthulling_expert"]),
        (["Enter"], "Pijler: Werkwijze", []),
        (["2", "Enter"], "▸B", ["keuze"]),
        (["3", "Enter"], "Werkwijze, onthulling", ["keuze"]),
    ]

    @Test("SIGKILL op 20 willekeurige momenten: elk log is leesbaar en bevat alles wat op het scherm bevestigd was")
    func killAnywhere() throws {
        let seed = TestSeed()
        var generator = SplitMix64(seed: seed.value)
        let tracked: Set<String> = ["factoren_vastgelegd", "zichtbaarheid_vastgelegd", "keuze", "pas", "onthulling_expert"]
        for round in 0..<20 {
            let logs = TempDirectory("logs")
            let tmux = try Tmux(width: 80, height: 24, command: game(logs))
            try tmux.firstScreen(expecting: "Verhaal")
            let pid = try #require(tmux.programPID)
            let reached = Int.random(in: 0..<Self.steps.count, using: &generator)
            var confirmed: [String] = []
            for step in Self.steps.prefix(reached) {
                try tmux.press(step.keys, expecting: step.screen)
                confirmed += step.confirms
            }
            // The next step's keys are on their way when the kill comes: it may or may not have landed.
            let next = Self.steps[reached]
            try tmux.send(next.keys)
            usleep(UInt32.random(in: 0...30_000, using: &generator))
            kill(pid, SIGKILL)
            #expect(try tmux.exitStatus() == 137, "ronde \(round), \(seed)")
            let logged = try events(in: logs.path).compactMap { $0["type"] as? String }.filter(tracked.contains)
            #expect(Array(logged.prefix(confirmed.count)) == confirmed, "ronde \(round), stap \(reached), \(seed)")
            #expect(logged.count <= confirmed.count + next.confirms.count, "ronde \(round), \(seed)")
        }
    }

    @Test("200 keer van formaat veranderen in 5 s, van 20×5 tot 300×100, terwijl de timer loopt")
    func resizeStorm() throws {
        let logs = TempDirectory("logs")
        let tmux = try Tmux(width: 80, height: 24, command: game(logs))
        try tmux.firstScreen(expecting: "Verhaal")
        let seed = TestSeed()
        var generator = SplitMix64(seed: seed.value)
        let sizes =
            [(20, 5), (300, 100), (60, 18), (59, 17)]
            + (0..<196).map { _ in
                (Int.random(in: 20...300, using: &generator), Int.random(in: 5...100, using: &generator))
            }
        for (width, height) in sizes {
            try tmux.resize(width: width, height: height)
            usleep(15_000)
        }
        try tmux.resize(width: 80, height: 24)
        // tmux keeps the old content at once; what counts is the game's own frame at 80×24.
        let screen = try tmux.settle(width: 80, height: 24)
        let top = screen.split(separator: "\n").first ?? ""
        #expect(top.hasPrefix(" ‘We regelen het zelf’") && top.contains("◷"), "\(seed)\n\(screen)")
        #expect(screen.contains("Enter verder"), "\(seed)\n\(screen)")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(seed)")
        try tmux.resize(width: 20, height: 5)
        let small = try tmux.settle(width: 20, height: 5)
        #expect(small.contains("20×5") && small.contains("60×18"), "\(seed)\n\(small)")
        try tmux.resize(width: 80, height: 24)
        let again = try tmux.settle(width: 80, height: 24)
        #expect(again.contains("Enter verder"), "\(seed)\n\(again)")
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
    }

    @Test("stuurtekens in groepsnamen en onzichtbare tekens in casusteksten bereiken de terminal niet")
    func injection() throws {
        let dir = TempDirectory("inject")
        let cases = FixedLibrary.make()
        let file = cases.path + "/mantelzorg-voor-vader-in-escamp.json"
        let text = readText(file).replacingOccurrences(
            of: #""titel": "‘We regelen het zelf’""#, with: #""titel": "We\u202e regelen\u200b het zelf""#)
        cases.write("mantelzorg-voor-vader-in-escamp.json", text)
        let logs = TempDirectory("logs")
        // OSC 2 (window title), OSC 52 (clipboard), clear screen and an 8-bit CSI (as UTF-8), in group names.
        let groups = #"A\033]2;GEKAAPT\007,B\033]52;c;aGk=\007,C\033[2J\302\23331m"#
        let run = script(
            "exec \(Binary.path) --cases \(cases.path) --case mantelzorg-voor-vader-in-escamp --groups \"$(printf '\(groups)')\" --log-dir \(logs.path)",
            in: dir)
        let tmux = try Tmux(width: 100, height: 24, command: run)
        let screen = try tmux.firstScreen(expecting: "Verhaal")
        #expect(screen.contains("We regelen het zelf"))
        #expect(screen.contains("^[]2;GEKAAPT"))
        #expect(try tmux.display("#{pane_title}") != "GEKAAPT")
        let styled = try tmux.tmux(["capture-pane", "-p", "-e", "-t", "T"])
        #expect(!styled.contains("\u{1B}]"))
        let buffers = try tmux.tmux(["list-buffers"])
        #expect(buffers.isEmpty)
    }
}
