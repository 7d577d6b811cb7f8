/// Rewrites a format-1 case file as format 2, keeping every text and the
/// author's key order, and leaving a «vul in: …» placeholder wherever format 2
/// asks for something only the author can write (teaser, cues, trainer notes).
/// Pure: the bytes come in and the new text goes out; `casusspel migreer` writes it.
public enum Migration {
    public struct Migrated: Sendable, Equatable {
        public let text: String
        /// How many «vul in: …» the author now has to fill in.
        public let placeholders: Int
    }

    public enum Failure: Error, Sendable, Equatable {
        case invalidJSON(JSONParseError)
        case notACase
        case alreadyFormat2
        /// Not format 1 (nor 2): the literal version, or nil without a readable `schemaVersion`.
        case notFormat1(String?)
    }

    typealias M = OrderedJSON.Member

    public static func migrate(_ bytes: [UInt8]) -> Result<Migrated, Failure> {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(.invalidJSON(error))
        }
        guard case .object(let members) = root.kind else { return .failure(.notACase) }
        let version = members.first { $0.key == "schemaVersion" }?.value
        guard case .number(let literal) = version?.kind else { return .failure(.notFormat1(nil)) }
        if literal == "2" { return .failure(.alreadyFormat2) }
        guard literal == "1", case .object(let document) = OrderedJSON(root) else { return .failure(.notFormat1(literal)) }

        let text = OrderedJSON.object(migrateCase(document)).written
        let placeholders = CaseTemplate.placeholderCount(in: text)
        return .success(Migrated(text: text, placeholders: placeholders))
    }

    private static func migrateCase(_ members: [M]) -> [M] {
        var pillars: [String] = []
        var result = members.map { member -> M in
            switch member.key {
            case "schemaVersion": return M(member.key, .int(2))
            case "personen": return M(member.key, mapItems(member.value, migratePerson))
            case "dilemmas":
                pillars = items(member.value).compactMap { string(field($0, "pijler")) }
                return M(member.key, mapItems(member.value) { renamed($0, "feedback", to: "expert", in: "opties") })
            default: return member
            }
        }
        if let minuten = result.firstIndex(where: { $0.key == "minuten" }) {
            result[minuten] = M("minuten", migrateMinutes(result[minuten].value, pillars: pillars))
        }
        if !result.contains(where: { $0.key == "teaser" }) {
            result = inserting(M("teaser", placeholder(CaseTemplate.teaserHint)), after: "titel", in: result)
        }
        if !result.contains(where: { $0.key == "trainer" }) {
            result = inserting(M("trainer", CaseTemplate.trainerPlaceholders), before: "minuten", in: result)
        }
        return result
    }

    private static func migratePerson(_ person: OrderedJSON) -> OrderedJSON {
        guard case .object(let members) = person else { return person }
        return .object(
            renaming("beschrijving", to: "kaart", in: members).map { member in
                member.key == "factoren" ? M(member.key, mapItems(member.value, migrateFactor)) : member
            })
    }

    /// The weight follows from the format-1 visibility, which scored an invisible factor 2 points,
    /// as `bepalend` does now; the author confirms or changes it.
    private static func migrateFactor(_ factor: OrderedJSON) -> OrderedJSON {
        guard case .object(var members) = factor else { return factor }
        let visibility = string(field(factor, "zichtbaarheid")).flatMap(Zichtbaarheid.init(rawValue:)) ?? .zichtbaar
        let id = string(field(factor, "factor")) ?? "?"
        if !members.contains(where: { $0.key == "gewicht" }) {
            members = inserting(M("gewicht", .string(Gewicht.afgeleid(van: visibility).rawValue)), after: "factor", in: members)
        }
        if !members.contains(where: { $0.key == "cue" }) {
            let hint = "letterlijk citaat uit het verhaal of een kaart waar groepen '\(id)' zien: wat iemand zegt of doet"
            members = inserting(M("cue", placeholder(hint)), after: "zichtbaarheid", in: members)
        }
        return .object(members)
    }

    /// Format 1's minutes become the full format; the short one takes the first two pillars at half the time.
    private static func migrateMinutes(_ minuten: OrderedJSON, pillars: [String]) -> OrderedJSON {
        guard case .object(let members) = minuten else { return .object([M("volledig", minuten)]) }
        let halved = members.filter { $0.key != "pijlers" }.map { member -> M in
            guard case .number(let literal) = member.value, let n = Int(literal) else { return member }
            return M(member.key, .int(max(1, (n + 1) / 2)))
        }
        let kort = halved + [M("pijlers", .array(pillars.prefix(KortFormaat.pillarCount.upperBound).map { .string($0) }))]
        return .object([M("volledig", minuten), M("kort", .object(kort))])
    }

    private static func placeholder(_ what: String) -> OrderedJSON { CaseTemplate.placeholder(what) }

    private static func renamed(_ dilemma: OrderedJSON, _ old: String, to new: String, in list: String) -> OrderedJSON {
        guard case .object(let members) = dilemma else { return dilemma }
        return .object(
            members.map { member in
                guard member.key == list else { return member }
                return M(
                    list,
                    mapItems(member.value) { option in
                        guard case .object(let fields) = option else { return option }
                        return .object(renaming(old, to: new, in: fields))
                    })
            })
    }

    /// A key that already has the new name stays as it is: two keys of one name would not be JSON
    /// the validator reads, and the author sees the leftover as an unknown field.
    private static func renaming(_ old: String, to new: String, in members: [M]) -> [M] {
        guard !members.contains(where: { $0.key == new }) else { return members }
        return members.map { $0.key == old ? M(new, $0.value) : $0 }
    }

    private static func inserting(_ new: M, after anchor: String, in members: [M]) -> [M] {
        guard let index = members.firstIndex(where: { $0.key == anchor }) else { return members + [new] }
        return Array(members[...index]) + [new] + members[(index + 1)...]
    }

    private static func inserting(_ new: M, before anchor: String, in members: [M]) -> [M] {
        guard let index = members.firstIndex(where: { $0.key == anchor }) else { return members + [new] }
        return Array(members[..<index]) + [new] + members[index...]
    }

    private static func items(_ value: OrderedJSON) -> [OrderedJSON] {
        if case .array(let items) = value { return items }
        return []
    }

    private static func mapItems(_ value: OrderedJSON, _ transform: (OrderedJSON) -> OrderedJSON) -> OrderedJSON {
        guard case .array(let items) = value else { return value }
        return .array(items.map(transform))
    }

    private static func field(_ value: OrderedJSON, _ key: String) -> OrderedJSON? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    private static func string(_ value: OrderedJSON?) -> String? {
        if case .string(let s) = value { return s }
        return nil
    }
}
