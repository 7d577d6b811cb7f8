#if canImport(Glibc)
    import Glibc
#endif

/// 4. CPU used while a phase timer counts down, beside `dialog --pause` counting down as long.
enum IdleBench {
    static func run(binary: String, casesDirectory: String, scratch: String, seconds: Int) -> [Measurement] {
        let arguments = ["--case", "kevin-zegt-overal-ja", "--groups", "A,B", "--cases", casesDirectory, "--log-dir", scratch + "/logs"]
        let ours = cpu(binary, arguments, marker: "Verhaal", seconds: seconds)
        let dialog = Dialog.path
        let reference = dialog.map {
            cpu($0, ["--pause", "Even wachten", "10", "40", "\(seconds + 5)"], marker: "wachten", seconds: seconds)
        }
        return [
            Measurement(
                name: "CPU in \(seconds) s met lopende timer", value: format(ours, decimals: 2) + " s",
                reference: reference.map { "dialog --pause " + format($0, decimals: 2) + " s" } ?? "dialog ontbreekt",
                target: "< 0,3 s per 30 s", met: ours < 0.3 * Double(seconds) / 30)
        ]
    }

    static func cpu(_ executable: String, _ arguments: [String], marker: String, seconds: Int) -> Double {
        guard let pty = try? PseudoTerminal(executable, arguments), pty.read(until: marker) else { return .nan }
        pty.drain(quiet: 0.3)
        let before = pty.cpuSeconds()
        let end = Clock.now() + Double(seconds)
        // Keep reading so the program never blocks on a full terminal.
        while Clock.now() < end { pty.drain(quiet: 1, timeout: max(0.01, end - Clock.now())) }
        let used = pty.cpuSeconds() - before
        pty.stop()
        return used
    }
}
