/// Texts for choosing the determining factors and calling them visible or
/// invisible: few factors per side, the question "for whom, when?", and what a
/// group marked that the case does not show.
public struct FactorStrings: Sendable {
    public let prompt: @Sendable (_ cap: Int) -> String
    public let chosen: @Sendable (_ side: String, _ count: Int, _ cap: Int) -> String
    public let capReached: String
    public let visibilityQuestion: String
    public let extraMarksHeading: String
    public let extraMarksQuestion: String
    public let cueLabel: String
    public let weight: @Sendable (Gewicht) -> String

    public static let nl = FactorStrings(
        prompt: { "Welke factoren bepalen wat je doet, bij de inwoner en bij de professional? Kies er per kant hoogstens \($0)." },
        chosen: { side, count, cap in "\(side): \(count) van \(cap) gekozen" },
        capReached: "vol: zet er eerst één uit om te wisselen",
        visibilityQuestion: "Zichtbaar of onzichtbaar: voor wie, en wanneer?",
        extraMarksHeading: "Gekozen, maar niet genoemd in de casus",
        extraMarksQuestion: "Waar in de tekst zag je dat?",
        cueLabel: "Waar zie je dat? ",
        weight: { $0 == .bepalend ? "bepalend" : "speelt mee" })

    public static let en = FactorStrings(
        prompt: { "Which factors determine what you do, for the resident and for the professional? Choose at most \($0) per side." },
        chosen: { side, count, cap in "\(side): \(count) of \(cap) chosen" },
        capReached: "full: unmark one first to swap",
        visibilityQuestion: "Visible or invisible: to whom, and when?",
        extraMarksHeading: "Chosen, but not named in the case",
        extraMarksQuestion: "Where in the text did you see it?",
        cueLabel: "Where do you see it? ",
        weight: { $0 == .bepalend ? "determines the action" : "plays a part" })
}

extension Strings {
    public var factors: FactorStrings { language == .nl ? .nl : .en }
}
