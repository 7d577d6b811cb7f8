import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// A one-line counter on a terminal, rewritten in place with `\r` (no escape
/// sequences needed); nothing at all when the output is a file or a pipe, where
/// a counter would only litter a log. Updates come from any thread.
public final class ProgressLine: @unchecked Sendable {
    private let output: FileOutput
    private var lock = pthread_mutex_t()
    private var shownWidth = 0
    private var lastShown = 0.0
    /// A terminal redraws fast, but thousands of cases need not mean thousands of writes.
    static let interval = 0.05

    /// Nil when `output` is not a terminal.
    public init?(_ output: FileOutput) {
        guard output.isTerminal else { return nil }
        self.output = output
        pthread_mutex_init(&lock, nil)
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// Shows `text` in place of the previous one; `final` shows it even right after another.
    public func update(_ text: String, final: Bool = false) {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        let now = WallClock.monotonic()
        guard final || now - lastShown >= Self.interval else { return }
        lastShown = now
        let clean = SafeText.sanitize(text)
        let width = DisplayWidth.of(clean)
        output.writeControl("\r" + clean + String(repeating: " ", count: max(0, shownWidth - width)))
        shownWidth = width
    }

    /// Clears the line, so what follows starts at the left edge of an empty line.
    public func finish() {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard shownWidth > 0 else { return }
        output.writeControl("\r" + String(repeating: " ", count: shownWidth) + "\r")
        shownWidth = 0
    }
}
