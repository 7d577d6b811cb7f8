/// The texts of the authoring tools: `migreer`, and the checks `validate` runs
/// across a whole library. Kept apart so each catalog file stays readable.
public struct AuthoringStrings: Sendable {
    public let migrated: @Sendable (_ path: String, _ placeholders: Int) -> String
    public let migrationRefused: @Sendable (_ path: String, Migration.Failure) -> String
    public let migrationWriteFailed: @Sendable (_ path: String, _ reason: String) -> String

    /// A surface rule that predicts the score: the rule's outcome, already known to beat the margin.
    public let surfaceRule: @Sendable (LibraryChecks.Outcome) -> String
    public let ruleName: @Sendable (LibraryChecks.Rule) -> String
    public let defaultVisibility: @Sendable (LibraryChecks.VisibilityCalls) -> String
    /// For `--dekking`: how many calls differ from the default, and why that matters.
    public let visibilityShare: @Sendable (LibraryChecks.VisibilityCalls) -> String
    public let surfaceHeading: @Sendable (_ dilemmas: Int) -> String
    public let surfaceColumns: [String]
    /// Under the pillar table: where the pillars' names come from, or that the list names no source.
    public let pillarSource: @Sendable (_ bron: String?) -> String
    /// Two decimals, in the language's own way (2,90 or 2.90).
    public let number: @Sendable (Double) -> String
}

/// Dutch-style numbers for people: 2,90 and 35 %.
func decimal(_ value: Double, comma: Bool) -> String {
    let hundredths = Int((value * 100).rounded())
    let digits = String(abs(hundredths) % 100)
    let fraction = digits.count == 1 ? "0" + digits : digits
    return (hundredths < 0 ? "-" : "") + "\(abs(hundredths) / 100)" + (comma ? "," : ".") + fraction
}

func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }
