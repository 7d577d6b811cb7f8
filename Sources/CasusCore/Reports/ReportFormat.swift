/// Small formatting shared by the report writers.
public enum ReportFormat {
    /// `2026-11-22T20:50:03.123Z` → `22-11-2026 21:50 CET` in `zone`; anything else unchanged.
    public static func date(_ timestamp: String, zone: LocalZone = .utc) -> String {
        guard let t = zone.local(timestamp) else { return timestamp }
        return two(t.day) + "-" + two(t.month) + "-" + String(t.year) + " " + two(t.hour) + ":" + two(t.minute) + " " + t.zone
    }

    /// The time of day alone, with the zone: `21:50 CET`.
    public static func clock(_ timestamp: String, zone: LocalZone = .utc) -> String {
        guard let t = zone.local(timestamp) else { return timestamp }
        return two(t.hour) + ":" + two(t.minute) + " " + t.zone
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func clean(_ text: String) -> String { SafeText.sanitize(text, keepingNewlines: true) }

    static func line(_ text: String) -> String { SafeText.sanitize(text) }

    static func pillarPoints(_ score: CaseScore) -> Int { score.pijlers.reduce(0, +) }

    static func choiceText(_ choice: GroupChoice, _ s: SessionStrings, _ r: RevealStrings) -> String {
        if choice.passed { return s.passed + " (0)" }
        if choice.own { return r.ownApproach + " (\(choice.score))" + (choice.reason.map { $0.isEmpty ? "" : " — " + $0 } ?? "") }
        guard let option = choice.option else { return s.noChoice }
        // With a shuffled order the room saw another number than the case's own; both are named.
        let shown = choice.shown.flatMap { $0 == option ? nil : ", " + r.shownAs($0) } ?? ""
        return s.optionNumber(option) + shown + " (\(choice.score))"
    }

    static func names(_ list: [String], _ s: SessionStrings) -> String {
        list.isEmpty ? s.nobody : list.joined(separator: ", ")
    }
}
