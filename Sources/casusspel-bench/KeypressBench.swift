#if canImport(Glibc)
    import Glibc
#endif

/// 3. Bytes written to the terminal per keypress (ncurses sends only what changed),
/// beside a full repaint of the same screen; 5a. peak memory after playing a whole case.
enum KeypressBench {
    static func run(binary: String, casesDirectory: String, scratch: String) -> [Measurement] {
        let arguments = ["--case", "kevin-zegt-overal-ja", "--groups", "A,B", "--cases", casesDirectory, "--log-dir", scratch + "/logs"]
        guard let pty = try? PseudoTerminal(binary, arguments), pty.read(until: "Verhaal") else {
            return [Measurement(name: "bytes per toets", value: "?", reference: "spel startte niet", target: "< 300 B", met: false)]
        }
        pty.drain()
        func key(_ text: String) -> Int {
            pty.send(text)
            return pty.drain(quiet: 0.2)
        }
        // Story → knelpunten (Enter twice leaves them hidden) → factors; the timer paused so only the key's change is drawn.
        _ = key("\r")
        _ = key("\r")
        _ = key("\r")
        _ = key("t")
        let toggle = key(" ")
        let moveFactor = key("j")
        // A calls its one factor, B has none: on to the reveal, then the first dilemma.
        for k in ["\r", "\r", "z", "\r", "\r"] { _ = key(k) }
        _ = key("\r")
        _ = key("t")
        let moveOption = key("j")
        let moveBack = key("k")
        // The reference: the same screen repainted in full, as after a resize (SIGWINCH, same size).
        kill(pty.pid, SIGWINCH)
        let repaint = pty.drain(quiet: 0.3)
        // Play the case to the end for the memory figure.
        for _ in 0..<4 {
            for k in ["1", "\r", "2", "\r", "\r"] { _ = key(k) }
        }
        _ = key("\r")
        let peak = pty.peakMemoryMiB()
        pty.stop()
        let move = max(moveOption, moveBack)
        return [
            Measurement(
                name: "bytes per toets: optie verplaatsen (80×24)", value: "\(move) B", reference: "volledig scherm \(repaint) B",
                target: "< 300 B", met: move < 300 && repaint > 0),
            Measurement(
                name: "bytes per toets: factor aan/uit, cursor verplaatsen", value: "\(toggle) B, \(moveFactor) B",
                reference: "volledig scherm \(repaint) B", target: "< 300 B", met: toggle < 300 && moveFactor < 300),
            Measurement(
                name: "piekgeheugen na een hele casus", value: format(peak, decimals: 1) + " MB", reference: "12 casussen geladen",
                target: "< 30 MB", met: peak < 30),
        ]
    }
}
