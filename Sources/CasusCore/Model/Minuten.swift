/// Suggested minutes per phase; `pijler` is per dilemma.
public struct Minuten: Sendable, Equatable {
    public static let range = 1...60
    public static let keys = ["verhaal", "knelpunten", "factoren", "zichtbaarheid", "pijler", "reflectie"]

    public let verhaal: Int
    public let knelpunten: Int
    public let factoren: Int
    public let zichtbaarheid: Int
    public let pijler: Int
    public let reflectie: Int

    public init(verhaal: Int, knelpunten: Int, factoren: Int, zichtbaarheid: Int, pijler: Int, reflectie: Int) {
        self.verhaal = verhaal
        self.knelpunten = knelpunten
        self.factoren = factoren
        self.zichtbaarheid = zichtbaarheid
        self.pijler = pijler
        self.reflectie = reflectie
    }

    public func totaal(dilemmas: Int) -> Int {
        verhaal + knelpunten + factoren + zichtbaarheid + pijler * dilemmas + reflectie
    }
}

/// The short format: minutes per phase and the one or two pillars it plays.
public struct KortFormaat: Sendable, Equatable {
    public static let pillarCount = 1...2
    /// What the short format should add up to, in minutes; outside it `validate` warns.
    public static let totalRange = 15...35

    public let minuten: Minuten
    /// Pillar ids, in the order the case states them.
    public let pijlers: [String]

    public init(minuten: Minuten, pijlers: [String]) {
        self.minuten = minuten
        self.pijlers = pijlers
    }

    public var totaal: Int { minuten.totaal(dilemmas: pijlers.count) }
}
