/// One case (casus) as a course designer wrote it. Factors and pillars are
/// referred to by id; the loader has already checked that every id exists.
/// Format 1 files load too: the fields format 2 added are then nil or derived
/// (see `CaseDecoder`), so the game plays them as before.
public struct Casus: Sendable, Equatable, Identifiable {
    public static let bepalendMaxDefault = 3
    public static let bepalendMaxRange = 1...5

    /// The format the file was written in (1 or 2).
    public let schemaVersion: Int
    public let id: String
    public let titel: String
    /// Spoiler-free lines for the projected start screen; nil in format 1.
    public let teaser: String?
    /// The full summary, for reports and the trainer: it may name the twist.
    public let samenvatting: String
    public let setting: Setting
    public let themas: [String]
    public let inhoudswaarschuwing: String?
    public let verhaal: [String]
    public let personen: [Persoon]
    public let knelpunten: [Knelpunt]
    public let dilemmas: [Dilemma]
    public let reflectie: [String]
    /// Minutes per phase of the full format.
    public let minuten: Minuten
    /// How many factors per side a group may mark as determining.
    public let bepalendMax: Int
    /// Only for the trainer; nil in format 1.
    public let trainer: TrainerNotes?
    /// The short format (about 25 minutes, one or two pillars); nil in format 1.
    public let kort: KortFormaat?

    public init(
        id: String, titel: String, samenvatting: String, setting: Setting, themas: [String],
        inhoudswaarschuwing: String?, verhaal: [String], personen: [Persoon], knelpunten: [Knelpunt],
        dilemmas: [Dilemma], reflectie: [String], minuten: Minuten, schemaVersion: Int = CaseDecoder.schemaVersion,
        teaser: String? = nil, bepalendMax: Int = Casus.bepalendMaxDefault, trainer: TrainerNotes? = nil, kort: KortFormaat? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.titel = titel
        self.teaser = teaser
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
        self.bepalendMax = bepalendMax
        self.trainer = trainer
        self.kort = kort
    }

    /// The reference answer: every factor at play, per side, with its visibility
    /// and weight. A factor named for two people on the same side counts once; if
    /// they disagree, "onzichtbaar" wins because it is the one groups miss, and
    /// "bepalend" wins because it determines the action for at least one of them.
    public func referentie(voor kant: Kant) -> [ReferentieFactor] {
        var order: [String] = []
        var byFactor: [String: ReferentieFactor] = [:]
        for persoon in personen where persoon.rol.kant == kant {
            for pf in persoon.factoren {
                if let existing = byFactor[pf.factor] {
                    byFactor[pf.factor] = ReferentieFactor(
                        factor: pf.factor,
                        zichtbaarheid: existing.zichtbaarheid == .onzichtbaar ? .onzichtbaar : pf.zichtbaarheid,
                        gewicht: existing.gewicht == .bepalend ? .bepalend : pf.gewicht,
                        cues: existing.cues + (pf.cue.map { [$0] } ?? []))
                } else {
                    order.append(pf.factor)
                    byFactor[pf.factor] = ReferentieFactor(
                        factor: pf.factor, zichtbaarheid: pf.zichtbaarheid, gewicht: pf.gewicht, cues: pf.cue.map { [$0] } ?? [])
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
    /// The person card the players see (`kaart`; `beschrijving` in format 1, which was never shown).
    public let kaart: String
    public let factoren: [PersoonFactor]

    public init(naam: String, rol: Rol, kaart: String, factoren: [PersoonFactor]) {
        self.naam = naam
        self.rol = rol
        self.kaart = kaart
        self.factoren = factoren
    }
}

/// Does a factor determine the action (found: 2 points) or play a part (1 point)?
public enum Gewicht: String, Sendable, CaseIterable {
    case bepalend
    case speeltMee = "speelt-mee"

    /// Format 1 had no weight; its scoring gave an invisible factor 2 points, so
    /// that is what "bepalend" replaces.
    public static func afgeleid(van zichtbaarheid: Zichtbaarheid) -> Gewicht {
        zichtbaarheid == .onzichtbaar ? .bepalend : .speeltMee
    }
}

/// A diversity factor at play for one person, and why it is (in)visible here.
public struct PersoonFactor: Sendable, Equatable {
    public let factor: String
    public let gewicht: Gewicht
    public let zichtbaarheid: Zichtbaarheid
    /// A literal quotation from the visible text (story or a card) where a group can see it; nil in format 1.
    public let cue: String?
    public let toelichting: String
    /// The misreading this factor invites, if any (a name or headscarf says little).
    public let valkuil: String?

    public init(
        factor: String, gewicht: Gewicht, zichtbaarheid: Zichtbaarheid, cue: String?, toelichting: String, valkuil: String? = nil
    ) {
        self.factor = factor
        self.gewicht = gewicht
        self.zichtbaarheid = zichtbaarheid
        self.cue = cue
        self.toelichting = toelichting
        self.valkuil = valkuil
    }
}

public struct ReferentieFactor: Sendable, Equatable {
    public let factor: String
    public let zichtbaarheid: Zichtbaarheid
    public let gewicht: Gewicht
    /// The cue of every person on this side who has the factor, in order.
    public let cues: [String]
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
    /// The expert view, shown after the vote: what the option achieves and what it risks
    /// (`expert`; `feedback` in format 1).
    public let expert: String

    public init(tekst: String, score: Int, expert: String) {
        self.tekst = tekst
        self.score = score
        self.expert = expert
    }
}
