/// Turns a parsed case file into a `Casus`, checking structure and meaning
/// against the taxonomy. Returns the case only when there are no errors, and
/// always every diagnostic it found.
public enum CaseDecoder {
    public static let schemaVersion = 1
    public static let optionCount = 3...4
    private static let slugMaxLength = 64
    /// Longest option text at most this many times the shortest, or a warning.
    static let maxLengthRatio = 2.5

    static let caseKeys = [
        "schemaVersion", "id", "titel", "samenvatting", "setting", "themas", "inhoudswaarschuwing",
        "verhaal", "personen", "knelpunten", "dilemmas", "reflectie", "minuten",
    ]

    public static func decode(_ root: JSONValue, file: String, fileName: String?, taxonomy: Taxonomy?)
        -> (casus: Casus?, diagnostics: [Diagnostic])
    {
        var r = FieldReader(file: file)
        guard let fields = r.object(root, .root, allowed: caseKeys) else { return (nil, r.diagnostics) }

        if let pointer = fields.member("$schema")?.value, pointer.type != .string {
            r.report(.wrongType(expected: .string, found: pointer.type), at: pointer.location, .root.key("$schema"))
        }
        if let version = r.member(fields, "schemaVersion") {
            if case .number(let literal) = version.kind, WholeNumber(literal) == .value(schemaVersion) {
            } else if case .number(let literal) = version.kind {
                // Another version may have other fields: checking them against v1 would only mislead.
                r.report(
                    .unsupportedSchemaVersion(FieldReader.shortened(literal), supported: schemaVersion), at: version.location,
                    .root.key("schemaVersion"))
                return (nil, r.diagnostics)
            } else {
                r.report(.wrongType(expected: .wholeNumber, found: version.type), at: version.location, .root.key("schemaVersion"))
            }
        }

        let id = r.text(fields, "id")
        if let id, let location = fields.location(of: "id") {
            if !isSlug(id) {
                r.report(.invalidID(id), at: location, .root.key("id"))
            } else if let fileName, fileName != id + ".json" {
                r.report(.fileNameMismatch(id: id, expectedFileName: id + ".json"), at: location, .root.key("id"))
            }
        }
        let titel = r.text(fields, "titel")
        let samenvatting = r.text(fields, "samenvatting")
        let setting = decodeSetting(&r, fields)
        let themas = r.texts(fields, "themas", min: 0, required: false) ?? []
        let waarschuwing = r.text(fields, "inhoudswaarschuwing", required: false)
        let verhaal = r.texts(fields, "verhaal", min: 1)
        let personen = decodePersonen(&r, fields, taxonomy)
        let knelpunten = decodeKnelpunten(&r, fields)
        let dilemmas = decodeDilemmas(&r, fields, taxonomy)
        let reflectie = r.texts(fields, "reflectie", min: 1)
        let minuten = decodeMinuten(&r, fields)

        guard !r.hasErrors, let id, let titel, let samenvatting, let setting, let verhaal, let personen,
            let knelpunten, let dilemmas, let reflectie, let minuten
        else { return (nil, r.diagnostics) }
        let casus = Casus(
            id: id, titel: titel, samenvatting: samenvatting, setting: setting, themas: themas,
            inhoudswaarschuwing: waarschuwing, verhaal: verhaal, personen: personen, knelpunten: knelpunten,
            dilemmas: dilemmas, reflectie: reflectie, minuten: minuten)
        return (casus, r.diagnostics)
    }

    public static func isSlug(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= slugMaxLength else { return false }
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    private static func decodeSetting(_ r: inout FieldReader, _ fields: Fields) -> Setting? {
        guard let value = r.member(fields, "setting"),
            let setting = r.object(value, fields.path.key("setting"), allowed: ["organisatie", "wijk"])
        else { return nil }
        // Both read before checking, so a problem in each is reported in one run.
        let organisatie = r.text(setting, "organisatie")
        let wijk = r.text(setting, "wijk")
        guard let organisatie, let wijk else { return nil }
        return Setting(organisatie: organisatie, wijk: wijk)
    }

    private static func decodePersonen(_ r: inout FieldReader, _ fields: Fields, _ taxonomy: Taxonomy?) -> [Persoon]? {
        guard let elements = r.array(fields, "personen", min: 2) else { return nil }
        var personen: [Persoon] = []
        for (value, path) in elements {
            guard let p = r.object(value, path, allowed: ["naam", "rol", "beschrijving", "factoren"]) else { continue }
            let naam = r.text(p, "naam")
            let rol = r.choice(p, "rol", as: Rol.self)
            let beschrijving = r.text(p, "beschrijving")
            let factoren = decodePersoonFactoren(&r, p, taxonomy)
            if let naam, let rol, let beschrijving, let factoren {
                personen.append(Persoon(naam: naam, rol: rol, beschrijving: beschrijving, factoren: factoren))
            }
        }
        if elements.count == personen.count, case .array = fields.member("personen")!.value.kind {
            let location = fields.member("personen")!.value.location
            for rol in [Rol.client, .professional] where !personen.contains(where: { $0.rol == rol }) {
                r.report(.missingRole(rol), at: location, fields.path.key("personen"))
            }
        }
        return elements.count == personen.count ? personen : nil
    }

    private static func decodePersoonFactoren(_ r: inout FieldReader, _ p: Fields, _ taxonomy: Taxonomy?) -> [PersoonFactor]? {
        guard let elements = r.array(p, "factoren", min: 1) else { return nil }
        let known = taxonomy?.factoren.map(\.id)
        var seen: Set<String> = []
        var result: [PersoonFactor] = []
        for (value, path) in elements {
            guard let f = r.object(value, path, allowed: ["factor", "zichtbaarheid", "toelichting", "valkuil"]) else { continue }
            var factor = r.text(f, "factor")
            if let id = factor, let location = f.location(of: "factor") {
                if let known, !known.contains(id) {
                    r.report(.unknownFactor(id, suggestion: Suggestion.closest(to: id, in: known)), at: location, path.key("factor"))
                    factor = nil
                } else if !seen.insert(id).inserted {
                    r.report(.duplicateFactor(id), at: location, path.key("factor"))
                    factor = nil
                }
            }
            let zichtbaarheid = r.choice(f, "zichtbaarheid", as: Zichtbaarheid.self)
            let toelichting = r.text(f, "toelichting")
            let valkuil = r.text(f, "valkuil", required: false)
            if let factor, let zichtbaarheid, let toelichting {
                result.append(PersoonFactor(factor: factor, zichtbaarheid: zichtbaarheid, toelichting: toelichting, valkuil: valkuil))
            }
        }
        return result.count == elements.count ? result : nil
    }

    private static func decodeKnelpunten(_ r: inout FieldReader, _ fields: Fields) -> [Knelpunt]? {
        guard let elements = r.array(fields, "knelpunten", min: 2) else { return nil }
        var result: [Knelpunt] = []
        for (value, path) in elements {
            guard let k = r.object(value, path, allowed: ["tekst", "kant"]) else { continue }
            let tekst = r.text(k, "tekst")
            let kant = r.choice(k, "kant", as: Knelpunt.Kant.self)
            if let tekst, let kant { result.append(Knelpunt(tekst: tekst, kant: kant)) }
        }
        return result.count == elements.count ? result : nil
    }

    private static func decodeDilemmas(_ r: inout FieldReader, _ fields: Fields, _ taxonomy: Taxonomy?) -> [Dilemma]? {
        guard let elements = r.array(fields, "dilemmas", min: 1) else { return nil }
        // Without a taxonomy (already reported) ids cannot be checked; the structure still can.
        let known = taxonomy?.pijlers.map(\.id)
        var seen: Set<String> = []
        var suggestedForUnknown: Set<String> = []
        var result: [Dilemma] = []
        for (value, path) in elements {
            guard let d = r.object(value, path, allowed: ["pijler", "vraag", "opties"]) else { continue }
            var pijler = r.text(d, "pijler")
            if let id = pijler, let location = d.location(of: "pijler") {
                if let known, !known.contains(id) {
                    let suggestion = Suggestion.closest(to: id, in: known)
                    r.report(.unknownPillar(id, suggestion: suggestion), at: location, path.key("pijler"))
                    if let suggestion { suggestedForUnknown.insert(suggestion) }
                    pijler = nil
                } else if !seen.insert(id).inserted {
                    r.report(.duplicatePillar(id), at: location, path.key("pijler"))
                    pijler = nil
                }
            }
            let vraag = r.text(d, "vraag")
            let opties = decodeOpties(&r, d)
            if let pijler, let vraag, let opties { result.append(Dilemma(pijler: pijler, vraag: vraag, opties: opties)) }
        }
        guard let known else { return nil }
        let location = fields.member("dilemmas")!.value.location
        for id in known where !seen.contains(id) && !suggestedForUnknown.contains(id) {
            r.report(.missingPillar(id), at: location, fields.path.key("dilemmas"))
        }
        // Play the pillars in the taxonomy's order, whatever order the author wrote them in.
        let ordered = result.sorted { known.firstIndex(of: $0.pijler)! < known.firstIndex(of: $1.pijler)! }
        return result.count == elements.count ? ordered : nil
    }

    private static func decodeOpties(_ r: inout FieldReader, _ d: Fields) -> [Optie]? {
        guard let elements = r.array(d, "opties", min: optionCount.lowerBound, max: optionCount.upperBound) else { return nil }
        var result: [Optie] = []
        var texts: Set<String> = []
        for (value, path) in elements {
            guard let o = r.object(value, path, allowed: ["tekst", "score", "feedback"]) else { continue }
            let tekst = r.text(o, "tekst")
            if let tekst, !texts.insert(tekst).inserted, let location = o.location(of: "tekst") {
                r.report(.duplicateOptionText, at: location, path.key("tekst"))
            }
            let score = r.wholeNumber(o, "score", in: Optie.scoreRange)
            let feedback = r.text(o, "feedback")
            if let tekst, let score, let feedback { result.append(Optie(tekst: tekst, score: score, feedback: feedback)) }
        }
        if result.count == elements.count, !result.isEmpty, let location = d.location(of: "opties") {
            let path = d.path.key("opties")
            let highest = result.map(\.score).max()!
            if highest < Optie.scoreRange.upperBound {
                r.report(.noBestOption(highest: highest, best: Optie.scoreRange.upperBound), at: location, path)
            }
            if result.count > 1, Set(result.map(\.score)).count == 1 {
                r.report(.equalScores(highest), at: location, path, severity: .warning)
            }
            // Authors tend to write the best option longest; groups then pick by length.
            let lengths = result.map(\.tekst.unicodeScalars.count)
            if let shortest = lengths.min(), let longest = lengths.max(), Double(longest) > Double(shortest) * maxLengthRatio {
                r.report(.unevenOptionLengths(shortest: shortest, longest: longest), at: location, path, severity: .warning)
            }
        }
        return result.count == elements.count ? result : nil
    }

    private static func decodeMinuten(_ r: inout FieldReader, _ fields: Fields) -> Minuten? {
        guard let value = r.member(fields, "minuten"),
            let m = r.object(value, fields.path.key("minuten"), allowed: Minuten.keys)
        else { return nil }
        let v = Minuten.keys.map { r.wholeNumber(m, $0, in: Minuten.range) }
        guard v.allSatisfy({ $0 != nil }) else { return nil }
        let n = v.map { $0! }
        return Minuten(verhaal: n[0], knelpunten: n[1], factoren: n[2], zichtbaarheid: n[3], pijler: n[4], reflectie: n[5])
    }
}
