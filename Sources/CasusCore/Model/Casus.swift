/// One case (casus) as a course designer wrote it. Factors and pillars are
/// referred to by id; the loader has already checked that every id exists.
public struct Casus: Sendable, Equatable, Identifiable {
    public let id: String
    public let titel: String
    public let samenvatting: String
    public let setting: Setting
    public let themas: [String]
    public let inhoudswaarschuwing: String?
    public let verhaal: [String]
    public let personen: [Persoon]
    public let knelpunten: [Knelpunt]
    public let dilemmas: [Dilemma]
    public let reflectie: [String]
    public let minuten: Minuten

    public init(
        id: String, titel: String, samenvatting: String, setting: Setting, themas: [String],
        inhoudswaarschuwing: String?, verhaal: [String], personen: [Persoon], knelpunten: [Knelpunt],
        dilemmas: [Dilemma], reflectie: [String], minuten: Minuten
    ) {
        self.id = id
        self.titel = titel
        self.samenvatting = samenvatting
        self.setting = setting
        self.themas = themas
        self.inhoudswaarschuwing = inhoudswaarschuwing
        self.verhaal = verhaal
        self.personen = personen
        self.knelpunten = knelpunten
        self.dilemmas = dilemmas
        self.reflectie = reflectie
        self.minuten = minuten
    }

    /// The reference answer: every factor at play, per side, with its visibility.
    /// A factor named for two people on the same side counts once; if they
    /// disagree on visibility, "onzichtbaar" wins because it is the one groups miss.
    public func referentie(voor kant: Kant) -> [ReferentieFactor] {
        var order: [String] = []
        var byFactor: [String: ReferentieFactor] = [:]
        for persoon in personen where persoon.rol.kant == kant {
            for pf in persoon.factoren {
                if let existing = byFactor[pf.factor] {
                    if pf.zichtbaarheid == .onzichtbaar && existing.zichtbaarheid == .zichtbaar {
                        byFactor[pf.factor] = ReferentieFactor(factor: pf.factor, zichtbaarheid: .onzichtbaar)
                    }
                } else {
                    order.append(pf.factor)
                    byFactor[pf.factor] = ReferentieFactor(factor: pf.factor, zichtbaarheid: pf.zichtbaarheid)
                }
            }
        }
        return order.compactMap { byFactor[$0] }
    }

    /// Every distinct factor id named anywhere in the case, in order of appearance.
    public var factorIDs: [String] {
        var seen: Set<String> = []
        return personen.flatMap(\.factoren).map(\.factor).filter { seen.insert($0).inserted }
    }
}

public struct Setting: Sendable, Equatable {
    public let organisatie: String
    public let wijk: String

    public init(organisatie: String, wijk: String) {
        self.organisatie = organisatie
        self.wijk = wijk
    }
}

public enum Rol: String, Sendable, CaseIterable {
    case client, naaste, professional

    public var kant: Kant { self == .professional ? .professional : .client }
}

/// The two sides whose diversity meets in the contact.
public enum Kant: String, Sendable, CaseIterable {
    case client, professional
}

public enum Zichtbaarheid: String, Sendable, CaseIterable {
    case zichtbaar, onzichtbaar
}

public struct Persoon: Sendable, Equatable {
    public let naam: String
    public let rol: Rol
    public let beschrijving: String
    public let factoren: [PersoonFactor]

    public init(naam: String, rol: Rol, beschrijving: String, factoren: [PersoonFactor]) {
        self.naam = naam
        self.rol = rol
        self.beschrijving = beschrijving
        self.factoren = factoren
    }
}

/// A diversity factor at play for one person, and why it is (in)visible here.
public struct PersoonFactor: Sendable, Equatable {
    public let factor: String
    public let zichtbaarheid: Zichtbaarheid
    public let toelichting: String
    /// The misreading this factor invites, if any (a name or headscarf says little).
    public let valkuil: String?

    public init(factor: String, zichtbaarheid: Zichtbaarheid, toelichting: String, valkuil: String? = nil) {
        self.factor = factor
        self.zichtbaarheid = zichtbaarheid
        self.toelichting = toelichting
        self.valkuil = valkuil
    }
}

public struct ReferentieFactor: Sendable, Equatable {
    public let factor: String
    public let zichtbaarheid: Zichtbaarheid
}

/// Where it chafes, and on whose side: the resident's, the professional's or the organisation's.
public struct Knelpunt: Sendable, Equatable {
    public enum Kant: String, Sendable, CaseIterable {
        case inwoner, professional, organisatie
    }

    public let tekst: String
    public let kant: Kant

    public init(tekst: String, kant: Kant) {
        self.tekst = tekst
        self.kant = kant
    }
}

public struct Dilemma: Sendable, Equatable {
    public let pijler: String
    public let vraag: String
    public let opties: [Optie]

    public init(pijler: String, vraag: String, opties: [Optie]) {
        self.pijler = pijler
        self.vraag = vraag
        self.opties = opties
    }

    public var besteScore: Int { opties.map(\.score).max() ?? 0 }
}

public struct Optie: Sendable, Equatable {
    public static let scoreRange = 0...3

    public let tekst: String
    public let score: Int
    public let feedback: String

    public init(tekst: String, score: Int, feedback: String) {
        self.tekst = tekst
        self.score = score
        self.feedback = feedback
    }
}

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
