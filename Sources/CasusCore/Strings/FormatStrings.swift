/// Texts for the session's format: which pillars are played, and the full or short format.
public struct FormatStrings: Sendable {
    public let formatField: String
    public let full: String
    public let short: String
    public let pillarsField: String
    public let allPillars: String
    public let unknownPillar: @Sendable (_ id: String, _ known: [String]) -> String
    public let shortMinutes: @Sendable (Int) -> String

    public static let nl = FormatStrings(
        formatField: "Formaat (Enter wisselt)",
        full: "volledig: alle fasen, de minuten van de casus",
        short: "kort: ongeveer 25 minuten, de pijlers die de casus daarvoor kiest",
        pillarsField: "Pijlers (met komma's; leeg = alle)",
        allPillars: "alle",
        unknownPillar: { id, known in "onbekende pijler ‘\(id)’; kies uit \(known.joined(separator: ", "))" },
        shortMinutes: { "kort \($0) min" })

    public static let en = FormatStrings(
        formatField: "Format (Enter switches)",
        full: "full: every phase, the case's minutes",
        short: "short: about 25 minutes, the pillars the case chooses for it",
        pillarsField: "Pillars (with commas; empty = all)",
        allPillars: "all",
        unknownPillar: { id, known in "unknown pillar ‘\(id)’; choose from \(known.joined(separator: ", "))" },
        shortMinutes: { "short \($0) min" })
}

extension Strings {
    public var format: FormatStrings { language == .nl ? .nl : .en }
}
