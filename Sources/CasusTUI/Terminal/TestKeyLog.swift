#if canImport(Glibc)
    import Glibc
#endif

/// Test-only: lets the end-to-end tests wait until the program has handled the
/// keys they sent, instead of sleeping or waiting for text that may already be
/// on screen. Off unless `CASUSSPEL_TEST_KEYLOG=<path>` is set; then, after every
/// flushed frame whose key count or size changed, one line
/// `<keys handled> <width>x<height>` is appended to that file. Trainers never set it.
struct TestKeyLog {
    static let variable = "CASUSSPEL_TEST_KEYLOG"
    private let descriptor: Int32
    private var last: (keys: Int, width: Int, height: Int)?

    /// Nil (and no cost beyond this one lookup) when the variable is unset.
    init?() {
        guard let path = getenv(Self.variable), path.pointee != 0 else { return nil }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    /// Call once the frame drawn after `keys` handled keys has been flushed to the terminal.
    mutating func frameFlushed(keys: Int, width: Int, height: Int) {
        if let last, last == (keys, width, height) { return }
        last = (keys, width, height)
        // One write per line: with O_APPEND a reader never sees half of one.
        let line = Array("\(keys) \(width)x\(height)\n".utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
