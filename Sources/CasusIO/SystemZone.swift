import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

extension LocalZone {
    /// The zone the C library reads from `TZ` or `/etc/localtime`, summer time included:
    /// each moment gets the offset and name it had then (CET in winter, CEST in summer).
    public static let system = LocalZone { utcSeconds in
        var time = time_t(utcSeconds)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return (0, "UTC") }
        let name = parts.tm_zone.map { String(cString: $0) } ?? ""
        return (Int(parts.tm_gmtoff), name.isEmpty ? "UTC" : name)
    }
}
