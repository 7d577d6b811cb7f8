/// Texts for the two-step reveal of a dilemma and a group's own approach. Kept
/// apart from `PlayStrings` so the catalog grows by topic; both languages are
/// checked complete by the compiler, like every other catalog.
public struct RevealStrings: Sendable {
    public let ownApproach: String
    public let ownApproachKey: String
    public let ownApproachEditor: @Sendable (_ group: String) -> String
    public let ownApproachEditorHint: String
    public let spreadHeading: String
    public let expertHeading: String
    public let expertLabel: String
    public let awaitingScore: String
    public let awarded: @Sendable (_ score: Int, _ reason: String) -> String
    public let scoreEditor: @Sendable (_ group: String, _ score: Int) -> String
    public let scoreEditorHint: String
    public let hintPijler: String
    public let hintSpread: String
    public let hintExpert: String
    public let shownAs: @Sendable (Int) -> String
    public let csvOwn: String

    public static let nl = RevealStrings(
        ownApproach: "eigen aanpak",
        ownApproachKey: "a = eigen aanpak beschrijven (de trainer weegt die na de stemming)",
        ownApproachEditor: { "Eigen aanpak van \($0)" },
        ownApproachEditorHint: "Beschrijf wat jullie zouden doen. Esc of Ctrl-S legt vast.",
        spreadHeading: "Zo koos de zaal. Bespreek eerst de verschillen; Enter toont de expertmening en de punten.",
        expertHeading: "Expertmening per optie",
        expertLabel: "Expert: ",
        awaitingScore: "nog te wegen door de trainer: 0-3 op deze regel",
        awarded: { score, reason in "\(score) pt van de trainer" + (reason.isEmpty ? "" : " — \(reason)") },
        scoreEditor: { group, score in "\(score) pt voor de eigen aanpak van \(group): waarom?" },
        scoreEditorHint: "Eén regel reden; Enter legt vast.",
        hintPijler: "1-4 kies  0 pas  a eigen  Enter klaar  Tab groep  ? help",
        hintSpread: "Enter expertmening  ↑↓ optie  PgDn meer  n notitie  ? help",
        hintExpert: "↑↓ optie  PgDn meer  0-3 eigen  Enter verder  ? help",
        shownAs: { "getoond als \($0)" },
        csvOwn: "eigen aanpak")

    public static let en = RevealStrings(
        ownApproach: "own approach",
        ownApproachKey: "a = describe your own approach (the trainer weighs it after the vote)",
        ownApproachEditor: { "Own approach of \($0)" },
        ownApproachEditorHint: "Describe what you would do. Esc or Ctrl-S locks it.",
        spreadHeading: "This is how the room chose. Discuss the differences first; Enter shows the expert view and the points.",
        expertHeading: "Expert view per option",
        expertLabel: "Expert: ",
        awaitingScore: "still to be weighed by the trainer: 0-3 on this line",
        awarded: { score, reason in "\(score) pt from the trainer" + (reason.isEmpty ? "" : " — \(reason)") },
        scoreEditor: { group, score in "\(score) pt for the own approach of \(group): why?" },
        scoreEditorHint: "One line of reason; Enter locks it.",
        hintPijler: "1-4 choose  0 pass  a own  Enter done  Tab group  ? help",
        hintSpread: "Enter expert view  ↑↓ option  PgDn more  n note  ? help",
        hintExpert: "↑↓ option  PgDn more  0-3 own  Enter next  ? help",
        shownAs: { "shown as \($0)" },
        csvOwn: "own approach")
}

extension Strings {
    public var reveal: RevealStrings { language == .nl ? .nl : .en }
}
