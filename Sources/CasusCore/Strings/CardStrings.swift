/// Texts for the pages over a step: the person cards (what a professional could
/// know or see, `p`) and the trainer's notes (`T`, never for the groups).
public struct CardStrings: Sendable {
    public let heading: String
    public let hint: String
    public let keyHelp: (key: String, meaning: String)
    public let role: @Sendable (Rol) -> String
    public let trainerHeading: String
    public let trainerHint: String
    public let trainerNone: String
    public let background: String
    public let rules: String
    public let source: String
    public let facilities: String
    public let dispute: String

    public static let nl = CardStrings(
        heading: "Wie is wie",
        hint: "↑↓ scrollen  p of Esc terug",
        keyHelp: ("p", "wie is wie: de personen van de casus"),
        role: { rol in
            switch rol {
            case .client: "inwoner"
            case .naaste: "naaste"
            case .professional: "professional"
            }
        },
        trainerHeading: "Voor de trainer",
        trainerHint: "↑↓ scrollen  T of Esc terug",
        trainerNone: "Deze casus heeft nog geen trainersnotities (formaat 1; casusspel migreer zet ze klaar).",
        background: "Achtergrond",
        rules: "Regels en procedures",
        source: "Bron: ",
        facilities: "Voorzieningen",
        dispute: "Punten van discussie")

    public static let en = CardStrings(
        heading: "Who is who",
        hint: "↑↓ scroll  p or Esc back",
        keyHelp: ("p", "who is who: the people in the case"),
        role: { rol in
            switch rol {
            case .client: "resident"
            case .naaste: "relative"
            case .professional: "professional"
            }
        },
        trainerHeading: "For the trainer",
        trainerHint: "↑↓ scroll  T or Esc back",
        trainerNone: "This case has no trainer notes yet (format 1; casusspel migreer prepares them).",
        background: "Background",
        rules: "Rules and procedures",
        source: "Source: ",
        facilities: "Facilities",
        dispute: "Points of dispute")
}

extension Strings {
    public var cards: CardStrings { language == .nl ? .nl : .en }
}
