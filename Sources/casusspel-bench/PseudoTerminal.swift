#if canImport(Glibc)
    import Glibc
#endif

/// A program running in a pseudo-terminal, as a trainer's terminal would run it:
/// spawned as session leader with the pty as its controlling terminal.
final class PseudoTerminal {
    let pid: pid_t
    let master: Int32
    /// Everything the program has written so far.
    private(set) var output: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(_ executable: String, _ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        // posix_openpt/unlockpt by hand: Glibc's module map hides them behind _XOPEN_SOURCE.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Linux.TIOCSPTLCK, &unlock) == 0, ioctl(master, Linux.TIOCGPTN, &number) == 0 else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the terminal makes it the controlling terminal (Linux).
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Linux.POSIX_SPAWN_SETSID)

        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        if let home = getenv("HOME") { env["HOME"] = String(cString: home) }
        env.merge(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw Failure(description: "\(executable): \(String(cString: strerror(status)))") }
        pid = child
    }

    deinit {
        stop()
        close(master)
    }

    /// Reads until `marker` has appeared in the output since `from`; returns false at the deadline.
    @discardableResult
    func read(until marker: String, from start: Int = 0, timeout: Double = 10) -> Bool {
        let needle = Array(marker.utf8)
        let deadline = Clock.now() + timeout
        while !contains(needle, from: start) {
            let left = deadline - Clock.now()
            if left <= 0 || !readOnce(timeoutMilliseconds: Int32(min(left, 1) * 1000)) && Clock.now() >= deadline { return false }
        }
        return true
    }

    /// Reads until nothing arrives for `quiet` seconds; returns the number of bytes read.
    @discardableResult
    func drain(quiet: Double = 0.15, timeout: Double = 5) -> Int {
        let before = output.count
        let deadline = Clock.now() + timeout
        while Clock.now() < deadline, readOnce(timeoutMilliseconds: Int32(quiet * 1000)) {}
        return output.count - before
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    func stop() {
        guard kill(pid, 0) == 0 else { return }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid { return }
            drain(quiet: 0.01, timeout: 0.02)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
    }

    /// utime + stime of the program so far, in seconds.
    func cpuSeconds() -> Double {
        guard let stat = ProcFile.read("/proc/\(pid)/stat"), let close = stat.lastIndex(of: ")") else { return .nan }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return .nan }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Peak resident memory (VmHWM) in MiB.
    func peakMemoryMiB() -> Double {
        guard let status = ProcFile.read("/proc/\(pid)/status"),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return .nan }
        return kib / 1024
    }

    private func readOnce(timeoutMilliseconds: Int32) -> Bool {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeoutMilliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        guard n > 0 else { return false }
        output.append(contentsOf: buffer[0..<n])
        return true
    }

    private func contains(_ needle: [UInt8], from start: Int) -> Bool {
        guard output.count - start >= needle.count, let first = needle.first else { return needle.isEmpty }
        var i = start
        while i <= output.count - needle.count {
            if output[i] == first && Array(output[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }
}

enum Clock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

enum ProcFile {
    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Linux constants the Glibc module does not export (asm-generic/ioctls.h, spawn.h).
enum Linux {
    static let TIOCSPTLCK: UInt = 0x4004_5431
    static let TIOCGPTN: UInt = 0x8004_5430
    static let POSIX_SPAWN_SETSID: Int16 = 0x80
}
