/// The two versions of the case file format and the field names that differ
/// between them. Format 2 adds person cards, cues, weights, expert views,
/// trainer notes and a short format (see `Cases/README.md`).
enum CaseFormat: Int, Sendable, CaseIterable {
    case v1 = 1
    case v2 = 2

    var caseKeys: [String] {
        switch self {
        case .v1:
            [
                "schemaVersion", "id", "titel", "samenvatting", "setting", "themas", "inhoudswaarschuwing", "verhaal", "personen",
                "knelpunten", "dilemmas", "reflectie", "minuten",
            ]
        case .v2:
            [
                "schemaVersion", "id", "titel", "teaser", "samenvatting", "setting", "themas", "inhoudswaarschuwing", "verhaal",
                "bepalendMax", "personen", "knelpunten", "dilemmas", "reflectie", "trainer", "minuten",
            ]
        }
    }

    /// The person card: written `beschrijving` in format 1, `kaart` in format 2.
    var cardKey: String { self == .v1 ? "beschrijving" : "kaart" }
    /// The text after the vote: `feedback` in format 1, the expert view `expert` in format 2.
    var expertKey: String { self == .v1 ? "feedback" : "expert" }

    var personKeys: [String] { ["naam", "rol", cardKey, "factoren"] }

    var factorKeys: [String] {
        switch self {
        case .v1: ["factor", "zichtbaarheid", "toelichting", "valkuil"]
        case .v2: ["factor", "gewicht", "zichtbaarheid", "cue", "toelichting", "valkuil"]
        }
    }

    var optionKeys: [String] { ["tekst", "score", expertKey] }

    /// Format 2 allows two options: two defensible ones are the dilemma.
    var optionCount: ClosedRange<Int> { self == .v1 ? 3...4 : 2...4 }

    /// An old field name written in the other format is suggested under this one's name.
    var renamed: [String: String] {
        switch self {
        case .v1: ["kaart": "beschrijving", "expert": "feedback"]
        case .v2: ["beschrijving": "kaart", "feedback": "expert"]
        }
    }

    /// Without a readable `schemaVersion`, the fields only format 2 has decide,
    /// so the author gets the messages of the format they were writing.
    static func guessed(from members: [JSONMember]) -> CaseFormat {
        members.contains { ["teaser", "trainer", "bepalendMax"].contains($0.key) } ? .v2 : .v1
    }
}
