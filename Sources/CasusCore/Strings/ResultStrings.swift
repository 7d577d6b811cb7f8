/// Texts for the compact screens a projector needs: the end screen's table of every group's
/// choice per pillar, and the pillar's meaning that a small screen keeps behind a key.
public struct ResultStrings: Sendable {
    public let tableHeading: String
    public let groupColumn: String
    public let totalColumn: String
    public let factorsColumn: String
    public let visibilityColumn: String
    /// Under the table: what the cell marks mean.
    public let legend: String
    public let ownCell: String
    /// With `--anoniem`: per pillar how many chose what, never who.
    public let anonymousHeading: String
    public let anonymousPass: @Sendable (Int) -> String
    public let anonymousOwn: @Sendable (Int) -> String
    public let meaningKey: (key: String, meaning: String)
    public let meaningHint: String

    public static let nl = ResultStrings(
        tableHeading: "Keuze per pijler en punten",
        groupColumn: "groep", totalColumn: "totaal", factorsColumn: "factoren", visibilityColumn: "zichtb.",
        legend: "✶ = beste, – = pas, e = eigen aanpak, · = niet gekozen",
        ownCell: "e",
        anonymousHeading: "Zo koos de zaal (anoniem: aantallen, geen groepen)",
        anonymousPass: { "pas ×\($0)" },
        anonymousOwn: { "eigen ×\($0)" },
        meaningKey: ("b", "betekenis van de pijler tonen/verbergen"),
        meaningHint: "b: wat deze pijler betekent")

    public static let en = ResultStrings(
        tableHeading: "Choice per pillar and points",
        groupColumn: "group", totalColumn: "total", factorsColumn: "factors", visibilityColumn: "visib.",
        legend: "✶ = best, – = pass, e = own approach, · = not chosen",
        ownCell: "e",
        anonymousHeading: "How the room chose (anonymous: counts, no groups)",
        anonymousPass: { "pass ×\($0)" },
        anonymousOwn: { "own ×\($0)" },
        meaningKey: ("b", "show/hide what the pillar means"),
        meaningHint: "b: what this pillar means")
}

extension Strings {
    public var results: ResultStrings { language == .nl ? .nl : .en }
}
