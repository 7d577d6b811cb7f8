/// How visible a diversity factor usually is. `wisselend` exists because the
/// domain's own table says "sometimes visible" for half the factors.
public enum Meestal: String, Sendable, CaseIterable {
    case zichtbaar, onzichtbaar, wisselend
}

/// One diversity factor from `Cases/factoren.json`.
public struct Factor: Sendable, Equatable, Identifiable {
    public let id: String
    public let naam: String
    public let omschrijving: String
    public let meestal: Meestal

    public init(id: String, naam: String, omschrijving: String, meestal: Meestal) {
        self.id = id
        self.naam = naam
        self.omschrijving = omschrijving
        self.meestal = meestal
    }
}

/// One pillar of diversity-sensitive maatwerk from `Cases/pijlers.json`. The code
/// never assumes their names: a trainer may replace all four.
public struct Pijler: Sendable, Equatable, Identifiable {
    public let id: String
    public let naam: String
    public let betekenis: String
    public let vraag: String

    public init(id: String, naam: String, betekenis: String, vraag: String) {
        self.id = id
        self.naam = naam
        self.betekenis = betekenis
        self.vraag = vraag
    }
}

public struct Taxonomy: Sendable, Equatable {
    public let factoren: [Factor]
    public let pijlers: [Pijler]
    /// Where the pillars' names come from (`bron` in pijlers.json), shown beside the coverage table.
    public let pijlerBron: String?

    public init(factoren: [Factor], pijlers: [Pijler], pijlerBron: String? = nil) {
        self.factoren = factoren
        self.pijlers = pijlers
        self.pijlerBron = pijlerBron
    }

    public func factor(_ id: String) -> Factor? { factoren.first { $0.id == id } }
    public func pijler(_ id: String) -> Pijler? { pijlers.first { $0.id == id } }
}
