/// Decodes `factoren.json` and `pijlers.json`: the shared lists a training may
/// replace without touching code.
public enum TaxonomyDecoder {
    public static let factorenFile = "factoren.json"
    public static let pijlersFile = "pijlers.json"
    static let pillarCount = 1...8
    /// The lists' own format, independent of the case format.
    public static let schemaVersion = 1

    public static func decodeFactoren(_ root: JSONValue, file: String) -> (factoren: [Factor]?, diagnostics: [Diagnostic]) {
        var r = FieldReader(file: file)
        guard let fields = r.object(root, .root, allowed: ["schemaVersion", "factoren"]) else { return (nil, r.diagnostics) }
        checkVersion(&r, fields)
        guard let elements = r.array(fields, "factoren", min: 1) else { return (nil, r.diagnostics) }
        var seen: Set<String> = []
        var result: [Factor] = []
        for (value, path) in elements {
            guard let f = r.object(value, path, allowed: ["id", "naam", "omschrijving", "meestal"]) else { continue }
            let id = checkedID(&r, f, seen: &seen, duplicate: Problem.duplicateFactor)
            let naam = r.text(f, "naam")
            let omschrijving = r.text(f, "omschrijving")
            let meestal = r.choice(f, "meestal", as: Meestal.self)
            if let id, let naam, let omschrijving, let meestal {
                result.append(Factor(id: id, naam: naam, omschrijving: omschrijving, meestal: meestal))
            }
        }
        return (r.hasErrors ? nil : result, r.diagnostics)
    }

    /// `bron` is optional: a training that replaces the four pillars may have no published source,
    /// but the shipped list names where its names come from so a trainer can answer "says who?".
    public static func decodePijlers(
        _ root: JSONValue, file: String
    ) -> (pijlers: [Pijler]?, bron: String?, diagnostics: [Diagnostic]) {
        var r = FieldReader(file: file)
        guard let fields = r.object(root, .root, allowed: ["schemaVersion", "bron", "pijlers"]) else {
            return (nil, nil, r.diagnostics)
        }
        checkVersion(&r, fields)
        let bron = r.text(fields, "bron", required: false)
        guard let elements = r.array(fields, "pijlers", min: pillarCount.lowerBound, max: pillarCount.upperBound) else {
            return (nil, bron, r.diagnostics)
        }
        var seen: Set<String> = []
        var result: [Pijler] = []
        for (value, path) in elements {
            guard let p = r.object(value, path, allowed: ["id", "naam", "betekenis", "vraag"]) else { continue }
            let id = checkedID(&r, p, seen: &seen, duplicate: Problem.duplicatePillarID)
            let naam = r.text(p, "naam")
            let betekenis = r.text(p, "betekenis")
            let vraag = r.text(p, "vraag")
            if let id, let naam, let betekenis, let vraag {
                result.append(Pijler(id: id, naam: naam, betekenis: betekenis, vraag: vraag))
            }
        }
        return (r.hasErrors ? nil : result, bron, r.diagnostics)
    }

    private static func checkVersion(_ r: inout FieldReader, _ fields: Fields) {
        guard let version = r.member(fields, "schemaVersion") else { return }
        _ = r.wholeNumber(version, fields.path.key("schemaVersion"), in: schemaVersion...schemaVersion)
    }

    private static func checkedID(
        _ r: inout FieldReader, _ fields: Fields, seen: inout Set<String>, duplicate: (String) -> Problem
    ) -> String? {
        guard let id = r.text(fields, "id"), let location = fields.location(of: "id") else { return nil }
        guard CaseDecoder.isSlug(id) else {
            r.report(.invalidID(id), at: location, fields.path.key("id"))
            return nil
        }
        guard seen.insert(id).inserted else {
            r.report(duplicate(id), at: location, fields.path.key("id"))
            return nil
        }
        return id
    }
}
