/// The trainer's time zone as a value: the log keeps UTC, people read local time.
/// The rules (offset and abbreviation at a moment, summer time included) come from
/// the edge — the executable asks the C library — so the core stays free of the clock and the system.
public struct LocalZone: Sendable {
    /// For seconds since 1970 (UTC): the offset east of UTC in seconds and the zone's short name.
    public let lookup: @Sendable (_ utcSeconds: Int64) -> (offset: Int, name: String)

    public init(lookup: @escaping @Sendable (_ utcSeconds: Int64) -> (offset: Int, name: String)) {
        self.lookup = lookup
    }

    public static let utc = LocalZone { _ in (0, "UTC") }

    /// `2026-11-23T13:05:00.000Z` → day, month, year, hour, minute in this zone and the zone's name; nil when not a log time.
    public func local(_ timestamp: String) -> (day: Int, month: Int, year: Int, hour: Int, minute: Int, zone: String)? {
        let chars = Array(timestamp.utf8)
        guard chars.count >= 16, chars[10] == UInt8(ascii: "T") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for c in chars[range] {
                guard c >= 48 && c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60
        else { return nil }
        let utc = Int64(Self.daysFromCivil(year, month, day)) * 86_400 + Int64(hour * 3600 + minute * 60)
        let (offset, name) = lookup(utc)
        let shifted = utc + Int64(offset)
        let days = Int(shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400)
        let seconds = Int(shifted - Int64(days) * 86_400)
        let (y, m, d) = Self.civil(fromDays: days)
        return (d, m, y, seconds / 3600, seconds % 3600 / 60, name)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
