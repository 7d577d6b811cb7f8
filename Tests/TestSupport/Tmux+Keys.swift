import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Keys for the program, and waiting until it has handled them.
///
/// The program appends `<keys handled> <width>x<height>` to its key log after each
/// frame it flushed (`CASUSSPEL_TEST_KEYLOG`, see `TestKeyLog` in CasusTUI). The
/// helper counts the keys it sends; once the log reports as many, the frame that
/// followed the last key has been written to the terminal. tmux reads a pane's
/// output before it can accept the connection that asks for a capture, so the
/// capture that follows shows that frame: no sleeping, and no text from before.
extension Tmux {
    /// tmux key names that reach the program as one key.
    static let keyNames: Set<String> = [
        "Enter", "Escape", "Space", "Tab", "BTab", "BSpace", "Up", "Down", "Left", "Right",
        "Home", "End", "PageUp", "PageDown", "PPage", "NPage", "DC",
    ]

    /// Sends keys to the program without waiting; each is one key (a character, a
    /// tmux key name or `C-x`). Follow with `settle()` or use `press`.
    public func send(_ keys: String...) throws {
        try send(keys)
    }

    public func send(_ keys: [String]) throws {
        for key in keys {
            precondition(
                key.unicodeScalars.count == 1 || Self.keyNames.contains(key) || (key.hasPrefix("C-") && key.count == 3),
                "'\(key)' is not one key for the program; use sendLiteral for text")
        }
        try tmux(["send-keys", "-t", "T"] + keys)
        keysSent += keys.count
    }

    /// Types text into the program: one key per Unicode scalar.
    public func sendLiteral(_ text: String) throws {
        try tmux(["send-keys", "-t", "T", "-l", text])
        keysSent += text.unicodeScalars.count
    }

    /// Sends raw bytes that the program reads as one key: an escape sequence its terminal
    /// description does not know (e.g. `"\u{1B}[99~"`).
    public func sendSequence(_ bytes: String) throws {
        try tmux(["send-keys", "-t", "T", "-l", bytes])
        keysSent += 1
    }

    /// Types a command line into the shell around the program (not counted as keys for it).
    public func sendToShell(_ line: String) throws {
        try tmux(["send-keys", "-t", "T", "-l", line])
        try tmux(["send-keys", "-t", "T", "Enter"])
    }

    /// Sends keys and returns the screen once the program has handled them all; with
    /// `expecting`, throws (failing the test) unless that screen shows the text.
    @discardableResult
    public func press(_ keys: String..., expecting text: String? = nil) throws -> String {
        try press(keys, expecting: text)
    }

    @discardableResult
    public func press(_ keys: [String], expecting text: String? = nil) throws -> String {
        try send(keys)
        return try settled(expecting: text)
    }

    /// Types text and returns the screen once the program has handled every character.
    @discardableResult
    public func type(_ text: String, expecting shown: String? = nil) throws -> String {
        try sendLiteral(text)
        return try settled(expecting: shown)
    }

    private func settled(expecting text: String?) throws -> String {
        let screen = try settle()
        if let text, !screen.contains(text) { throw NotShown(expected: text, screen: screen) }
        return screen
    }

    /// The first screen, whole (a large frame may reach tmux in more than one piece);
    /// throws unless it shows `text`.
    @discardableResult
    public func firstScreen(expecting text: String) throws -> String {
        precondition(keysSent == 0, "firstScreen before any key")
        return try settled(expecting: text)
    }

    /// Waits until the program has handled every key sent so far and flushed the frame
    /// after it (at this size, if given: resizes reach the program later than tmux shows
    /// them); returns the screen. With no keys sent yet: waits for the first frame.
    @discardableResult
    public func settle(width: Int? = nil, height: Int? = nil, timeout: TimeInterval = Tmux.defaultTimeout) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var frame = lastFrame()
        while true {
            if let frame, frame.keys > keysSent {
                throw NotSettled(sent: keysSent, frame: frame, screen: try capture())
            }
            if let frame, frame.keys == keysSent, (width ?? frame.width) == frame.width, (height ?? frame.height) == frame.height {
                return try capture()
            }
            if Date() > deadline { throw NotSettled(sent: keysSent, frame: frame, screen: try capture()) }
            usleep(5_000)
            frame = lastFrame()
        }
    }

    /// The last frame the program reported: keys handled before it, and its size.
    public func lastFrame() -> (keys: Int, width: Int, height: Int)? {
        guard let data = FileManager.default.contents(atPath: keyLog), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        // Only whole lines count; the program writes each with one write(2).
        guard let line = text.split(separator: "\n").last, text.hasSuffix("\n") else { return nil }
        let parts = line.split(separator: " ")
        let size = parts.count == 2 ? parts[1].split(separator: "x").compactMap { Int($0) } : []
        guard let keys = parts.first.flatMap({ Int($0) }), size.count == 2 else { return nil }
        return (keys, size[0], size[1])
    }

    public struct NotShown: Error, CustomStringConvertible {
        public let expected: String
        public let screen: String
        public var description: String { "'\(expected)' staat niet op het scherm na de toetsen; scherm:\n\(screen)" }
    }

    public struct NotSettled: Error, CustomStringConvertible {
        public let sent: Int
        public let frame: (keys: Int, width: Int, height: Int)?
        public let screen: String
        public var description: String {
            let handled = frame.map { "\($0.keys) toetsen verwerkt, laatste beeld \($0.width)x\($0.height)" } ?? "nog geen beeld"
            return "\(sent) toetsen gestuurd, \(handled); scherm:\n\(screen)"
        }
    }
}
