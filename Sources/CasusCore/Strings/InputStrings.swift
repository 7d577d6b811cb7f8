/// What the hint line says when a key is refused or confirmed, the help's paging,
/// and the hints that change with the state of a step. Both languages here, so
/// the compiler checks them complete like every other catalog.
public struct InputStrings: Sendable {
    public let refusal: @Sendable (Refusal) -> String
    public let unknownKey: @Sendable (_ key: String) -> String
    public let unknownSequence: String
    /// The space bar, as a refusal names it.
    public let spaceKey: String
    public let escapeDoesNotQuit: String
    public let noOption: @Sendable (Int) -> String
    public let noLeervraag: @Sendable (Int) -> String
    public let noLogForReport: String
    public let oneGroup: String
    /// The pass as a row under a dilemma's options, selected with `0`.
    public let passRow: String
    public let knelpuntenConfirm: @Sendable (_ hidden: Int) -> String
    public let reopened: @Sendable (_ group: String) -> String
    public let reloaded: @Sendable (_ title: String) -> String
    public let helpFooter: @Sendable (_ page: Int, _ pages: Int) -> String
    public let helpClose: String
    public let helpReopen: (key: String, meaning: String)
    public let helpPage: (key: String, meaning: String)
    public let hintKnelpuntenHidden: @Sendable (_ hidden: Int) -> String
    public let hintKnelpuntenDone: String

    public static let nl = InputStrings(
        refusal: { refusal in
            switch refusal {
            case .locked(let group): "\(group) heeft al vastgelegd; w heropent de keuze"
            case .notLocked(let group): "\(group) heeft hier nog niets vastgelegd"
            case .reopenNotHere: "Heropenen kan alleen bij het kiezen, vóór de onthulling"
            case .sideFull(let cap): "Al \(cap) factoren aan deze kant; zet er eerst één uit"
            case .stillToCall(let open): "Nog \(open) te beoordelen: z of o per factor"
            case .backAtFirstStep: "Terug kan niet: dit is de eerste fase"
            case .backHalfLocked: "Terug kan niet: een deel van de groepen heeft al gekozen"
            case .backAtEnd: "Terug kan niet: de casus is afgesloten"
            case .allKnelpuntenShown: "Alle knelpunten zijn al onthuld; Enter gaat verder"
            case .noTimer: "Deze fase heeft geen timer"
            case .expertFirst: "Eerst Enter: de expertmening, dan de punten"
            case .notHere: "Dat kan niet in deze fase"
            }
        },
        unknownKey: { "Toets \($0) doet hier niets; ? toont de toetsen" },
        unknownSequence: "Onbekende toets genegeerd; ? toont de toetsen",
        spaceKey: "Spatie",
        escapeDoesNotQuit: "Esc stopt niet; q stopt het programma",
        noOption: { "Er is geen optie \($0)" },
        noLeervraag: { "Er is geen leervraag \($0)" },
        noLogForReport: "Er is geen sessielog, dus geen verslag",
        oneGroup: "Er is maar één groep",
        passRow: "pas (geen punten, geen aftrek)",
        knelpuntenConfirm: { "Nog \($0) verborgen — Enter nogmaals om door te gaan" },
        reopened: { "Keuze van \($0) heropend: kies opnieuw en Enter" },
        reloaded: { "Casus opnieuw ingelezen: \($0)" },
        helpFooter: { page, pages in "\(page)/\(pages) · Spatie/PgDn verder · Esc sluit" },
        helpClose: "Esc of een andere toets sluit",
        helpReopen: ("w", "keuze heropenen, vóór de onthulling"),
        helpPage: ("PgUp PgDn", "bladeren, ook bij de onthulling"),
        hintKnelpuntenHidden: { "Spatie onthul (nog \($0))  Enter 2× verder  n notitie  ? help" },
        hintKnelpuntenDone: "Enter verder  ↑↓ PgDn lezen  n notitie  ? help  q stop")

    public static let en = InputStrings(
        refusal: { refusal in
            switch refusal {
            case .locked(let group): "\(group) has already locked in; w reopens the choice"
            case .notLocked(let group): "\(group) has not locked anything here yet"
            case .reopenNotHere: "Reopening only works while choosing, before the reveal"
            case .sideFull(let cap): "Already \(cap) factors on this side; unmark one first"
            case .stillToCall(let open): "\(open) still to judge: z or o per factor"
            case .backAtFirstStep: "Cannot go back: this is the first phase"
            case .backHalfLocked: "Cannot go back: some groups have already chosen"
            case .backAtEnd: "Cannot go back: the case is closed"
            case .allKnelpuntenShown: "All issues are revealed; Enter goes on"
            case .noTimer: "This phase has no timer"
            case .expertFirst: "First Enter: the expert view, then the points"
            case .notHere: "Not possible in this phase"
            }
        },
        unknownKey: { "Key \($0) does nothing here; ? shows the keys" },
        unknownSequence: "Unknown key ignored; ? shows the keys",
        spaceKey: "Space",
        escapeDoesNotQuit: "Esc does not quit; q quits the program",
        noOption: { "There is no option \($0)" },
        noLeervraag: { "There is no learning question \($0)" },
        noLogForReport: "There is no session log, so no report",
        oneGroup: "There is only one group",
        passRow: "pass (no points, nothing deducted)",
        knelpuntenConfirm: { "\($0) still hidden — Enter again to go on" },
        reopened: { "Choice of \($0) reopened: choose again and Enter" },
        reloaded: { "Case reloaded: \($0)" },
        helpFooter: { page, pages in "\(page)/\(pages) · Space/PgDn next · Esc closes" },
        helpClose: "Esc or any other key closes",
        helpReopen: ("w", "reopen a group's choice before the reveal"),
        helpPage: ("PgUp PgDn", "page through, also in a reveal"),
        hintKnelpuntenHidden: { "Space reveal (\($0) left)  Enter 2× next  n note  ? help" },
        hintKnelpuntenDone: "Enter next  ↑↓ PgDn read  n note  ? help  q quit")
}

extension Strings {
    public var input: InputStrings { language == .nl ? .nl : .en }
}
