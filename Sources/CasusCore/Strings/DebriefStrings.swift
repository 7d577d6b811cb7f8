/// Texts for the close of a case: the debrief walk, the learning questions'
/// status, and the optional own-iceberg step (prompts only, nothing recorded).
public struct DebriefStrings: Sendable {
    /// The debrief's three questions, in order.
    public let prompts: [String]
    public let mondayPrompt: String
    public let status: @Sendable (LeervraagStatus?) -> String
    public let leervragenHint: String
    public let icebergHeading: String
    public let icebergPrompts: [String]
    public let icebergHint: String
    public let icebergKey: (key: String, meaning: String)
    public let icebergShown: String

    public static let nl = DebriefStrings(
        prompts: ["1. Wat gebeurde er?", "2. Wat leerden we?", "3. Wat doe ik maandag anders?"],
        mondayPrompt: "Ieder noemt één ding dat hij of zij maandag anders doet, in het eigen werk.",
        status: { status in
            switch status {
            case .beantwoord?: "beantwoord"
            case .deels?: "deels beantwoord"
            case .open?: "nog open"
            case nil: "nog niet besproken"
            }
        },
        leervragenHint: "Cijfer van een leervraag: beantwoord → deels → nog open.",
        icebergHeading: "Eigen ijsberg",
        icebergPrompts: [
            "Denk eerst even voor jezelf na; daarna in tweetallen, alleen wat je wilt delen. Niets hiervan wordt vastgelegd.",
            "Boven water: wat zien anderen meteen aan jou? Leeftijd, kleur, kleding, stem of accent, hoe je je beweegt.",
            "Onder water: wat zien ze niet? Geloof of levensovertuiging, opleiding, geldzorgen, zorg voor een ander, "
                + "seksuele oriëntatie, gezondheid, waar je vandaan komt.",
            "Welk deel van jouw ijsberg speelde mee in hoe je naar de mensen in deze casus keek?",
            "Wanneer merkte jij dat iemand jou inschatte op wat boven water zat? Wat deed dat met het contact?",
        ],
        icebergHint: "↑↓ scrollen  i of Esc terug",
        icebergKey: ("i", "eigen ijsberg (bij de reflectie)"),
        icebergShown: "Eigen ijsberg besproken")

    public static let en = DebriefStrings(
        prompts: ["1. What happened?", "2. What did we learn?", "3. What will I do differently on Monday?"],
        mondayPrompt: "Everyone names one thing they will do differently on Monday, in their own work.",
        status: { status in
            switch status {
            case .beantwoord?: "answered"
            case .deels?: "partly answered"
            case .open?: "still open"
            case nil: "not discussed yet"
            }
        },
        leervragenHint: "A learning question's number: answered → partly → still open.",
        icebergHeading: "Own iceberg",
        icebergPrompts: [
            "Think on your own first; then in pairs, only what you want to share. None of this is recorded.",
            "Above water: what do others see in you at once? Age, colour, clothes, voice or accent, how you move.",
            "Below water: what do they not see? Faith or worldview, education, money worries, caring for someone, "
                + "sexual orientation, health, where you come from.",
            "Which part of your iceberg played a part in how you looked at the people in this case?",
            "When did you notice someone judging you by what was above water? What did that do to the contact?",
        ],
        icebergHint: "↑↓ scroll  i or Esc back",
        icebergKey: ("i", "own iceberg (at the reflection)"),
        icebergShown: "Own iceberg discussed")
}

extension Strings {
    public var debrief: DebriefStrings { language == .nl ? .nl : .en }
}
