import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// Wall-clock time for log lines and session ids (the state machine itself never reads a clock).
public enum WallClock {
    /// `2026-11-22T20:50:03.123Z`
    public static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        let millis = now.tv_nsec / 1_000_000
        return
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(String(millis).leftPadded(to: 3))Z"
    }

    /// A sortable, unique session id: `20261122-205003-4f2a`.
    public static func sessionID() -> String {
        let stamp = timestamp()
        let digits = stamp.filter(\.isNumber)
        let random = String(UInt16.random(in: 0...UInt16.max), radix: 16).leftPadded(to: 4)
        return String(digits.prefix(8)) + "-" + String(digits.dropFirst(8).prefix(6)) + "-" + random
    }

    /// `20:13` in the machine's time zone, with the date in front when it is not today: when a
    /// process that holds a session started.
    public static func localTime(_ seconds: Int) -> String {
        var then = time_t(seconds)
        var now = time(nil)
        var a = tm()
        var b = tm()
        localtime_r(&then, &a)
        localtime_r(&now, &b)
        let clock = two(a.tm_hour) + ":" + two(a.tm_min)
        let sameDay = a.tm_year == b.tm_year && a.tm_yday == b.tm_yday
        return sameDay ? clock : "\(a.tm_year + 1900)-\(two(a.tm_mon + 1))-\(two(a.tm_mday)) " + clock
    }

    /// Monotonic seconds, for timers: never jumps when the wall clock is changed.
    public static func monotonic() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func two(_ value: Int32) -> String { String(value).leftPadded(to: 2) }
}
