#if canImport(Glibc)
    import Glibc
#endif

/// The one-writer-per-session lock: `flock` on the log itself. The kernel releases
/// it when the process dies, closing another descriptor of the same file (a reader
/// in the same process) does not, and Linux lists it with the holder's pid in
/// `/proc/locks`, so a refusal can say who has the session open.
enum SessionLogLock {
    /// False with `errno` EWOULDBLOCK when another open file holds the lock.
    static func acquire(_ fd: Int32) -> Bool {
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    /// Who holds the lock on the file open as `fd`: the FLOCK line in /proc/locks for its
    /// device and inode. Nil where /proc is not there (or the lock was released meanwhile).
    static func holder(of fd: Int32) -> SessionLogWriter.LockHolder? {
        var info = stat()
        guard fstat(fd, &info) == 0, let locks = readSmallFile("/proc/locks") else { return nil }
        let dev = UInt64(info.st_dev)
        let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~UInt64(0xfff))
        let minor = (dev & 0xff) | ((dev >> 12) & ~UInt64(0xff))
        let wanted = (major, minor, UInt64(info.st_ino))
        // `1: FLOCK  ADVISORY  WRITE 12345 fe:00:16220255 0 EOF`; blocked waiters are marked `->`.
        for line in locks.split(separator: "\n") where !line.contains("->") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, fields[1] == "FLOCK", let pid = Int32(fields[4]) else { continue }
            let id = fields[5].split(separator: ":")
            guard id.count == 3, let ma = UInt64(id[0], radix: 16), let mi = UInt64(id[1], radix: 16), let ino = UInt64(id[2]),
                (ma, mi, ino) == wanted
            else { continue }
            return SessionLogWriter.LockHolder(pid: pid, started: startTime(of: pid))
        }
        return nil
    }

    /// Seconds since 1970 at which `pid` started: its start in clock ticks after boot, plus boot time.
    static func startTime(of pid: Int32) -> Int? {
        guard let stat = readSmallFile("/proc/\(pid)/stat"), let close = stat.lastIndex(of: ")"),
            let boot = readSmallFile("/proc/stat")?.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
            let bootTime = Int(boot.dropFirst("btime ".count))
        else { return nil }
        // Field 22 (starttime) counted from field 3, the first after the command name in parentheses.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Int(fields[19]) else { return nil }
        let perSecond = sysconf(Int32(_SC_CLK_TCK))
        return perSecond > 0 ? bootTime + ticks / perSecond : nil
    }

    /// /proc files report size 0, so FileReader's size check does not apply: read until the end.
    static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while bytes.count < 4 << 20 {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
