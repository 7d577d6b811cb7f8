/// Texts for the person cards: everyone in a case, as a professional could
/// know or see them, on the story screen and on `p` at any step.
public struct CardStrings: Sendable {
    public let heading: String
    public let hint: String
    public let keyHelp: (key: String, meaning: String)
    public let role: @Sendable (Rol) -> String

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
        })

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
        })
}

extension Strings {
    public var cards: CardStrings { language == .nl ? .nl : .en }
}
