#if canImport(Glibc)
    import Glibc
#endif

/// Plain writes to stdout/stderr without Foundation's buffering surprises.
struct FileOutput {
    let fd: Int32

    static let standardOutput = FileOutput(fd: 1)
    static let standardError = FileOutput(fd: 2)

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}
