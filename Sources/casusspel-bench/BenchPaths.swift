#if canImport(Glibc)
    import Glibc
#endif

/// Where the benchmark finds the game binary and the shipped cases, and where it writes.
enum BenchPaths {
    /// The `casusspel` built next to this benchmark (same configuration).
    static func binary() -> String {
        executableDirectory() + "/casusspel"
    }

    /// The package root: the folder above `.build/…/release`.
    static func packageRoot() -> String {
        var dir = executableDirectory()
        for _ in 0..<6 {
            if access(dir + "/Package.swift", F_OK) == 0 { return dir }
            guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
            dir = String(dir[..<slash])
        }
        return "."
    }

    static func scratchDirectory() -> String {
        var template = Array("/tmp/casusspel-bench-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    static func remove(_ path: String) {
        guard path.hasPrefix("/tmp/casusspel-bench-") else { return }
        _ = system("rm -rf '\(path)'")
    }

    static func executableDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return "." }
        let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    }
}
