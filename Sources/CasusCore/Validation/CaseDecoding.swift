/// One run of the case decoder over one file: the reader with its diagnostics,
/// the format, and what the checks across fields need afterwards (where each
/// cue and each weight stands).
struct CaseDecoding {
    var r: FieldReader
    let format: CaseFormat
    let taxonomy: Taxonomy?
    /// Cues read so far, checked against the story and the cards once both are read.
    var cues: [CueSite] = []
    /// Weights read so far, per side, for the cap on determining factors.
    var weights: [WeightSite] = []
    /// Every person's card as read (nil where it had an error): the visible text beside the story.
    var cards: [String?] = []

    struct CueSite {
        let cue: String
        let factor: String
        let location: SourceLocation
        let path: FieldPath
    }

    struct WeightSite {
        let kant: Kant
        let factor: String
        let gewicht: Gewicht
        let location: SourceLocation
        let path: FieldPath
    }

    init(reader: FieldReader, format: CaseFormat, taxonomy: Taxonomy?) {
        r = reader
        self.format = format
        self.taxonomy = taxonomy
    }

    mutating func decode(_ fields: Fields, fileName: String?) -> Casus? {
        let id = r.text(fields, "id")
        if let id, let location = fields.location(of: "id") {
            if !CaseDecoder.isSlug(id) {
                r.report(.invalidID(id), at: location, .root.key("id"))
            } else if let fileName, fileName != id + ".json" {
                r.report(.fileNameMismatch(id: id, expectedFileName: id + ".json"), at: location, .root.key("id"))
            }
        }
        let titel = r.text(fields, "titel")
        let teaser = format == .v2 ? r.text(fields, "teaser") : nil
        let samenvatting = r.text(fields, "samenvatting")
        let setting = decodeSetting(fields)
        let themas = r.texts(fields, "themas", min: 0, required: false) ?? []
        let waarschuwing = r.text(fields, "inhoudswaarschuwing", required: false)
        let verhaal = r.texts(fields, "verhaal", min: 1)
        let bepalendMax = decodeBepalendMax(fields)
        let personen = decodePersonen(fields)
        let knelpunten = decodeKnelpunten(fields)
        let dilemmas = decodeDilemmas(fields)
        let reflectie = r.texts(fields, "reflectie", min: 1)
        let trainer = format == .v2 ? decodeTrainer(fields) : nil
        let (minuten, kort) = format == .v2 ? decodeMinutenV2(fields, dilemmas: dilemmas) : (decodeMinuten(fields), nil)
        if format == .v2 {
            checkCues(verhaal: verhaal)
            if let bepalendMax { checkDeterminingCap(bepalendMax) }
        }

        guard !r.hasErrors, let id, let titel, let samenvatting, let setting, let verhaal, let personen, let knelpunten,
            let dilemmas, let reflectie, let minuten, let bepalendMax
        else { return nil }
        return Casus(
            id: id, titel: titel, samenvatting: samenvatting, setting: setting, themas: themas, inhoudswaarschuwing: waarschuwing,
            verhaal: verhaal, personen: personen, knelpunten: knelpunten, dilemmas: dilemmas, reflectie: reflectie,
            minuten: minuten, schemaVersion: format.rawValue, teaser: teaser, bepalendMax: bepalendMax, trainer: trainer, kort: kort)
    }

    private mutating func decodeSetting(_ fields: Fields) -> Setting? {
        guard let value = r.member(fields, "setting"),
            let setting = r.object(value, fields.path.key("setting"), allowed: ["organisatie", "wijk"])
        else { return nil }
        // Both read before checking, so a problem in each is reported in one run.
        let organisatie = r.text(setting, "organisatie")
        let wijk = r.text(setting, "wijk")
        guard let organisatie, let wijk else { return nil }
        return Setting(organisatie: organisatie, wijk: wijk)
    }

    /// Absent means the default; format 1 has no such field (an unknown key there).
    private mutating func decodeBepalendMax(_ fields: Fields) -> Int? {
        guard format == .v2, fields.member("bepalendMax") != nil else { return Casus.bepalendMaxDefault }
        return r.wholeNumber(fields, "bepalendMax", in: Casus.bepalendMaxRange)
    }

    private mutating func decodeKnelpunten(_ fields: Fields) -> [Knelpunt]? {
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

    /// Format 1's `minuten`: the six phases, nothing else.
    private mutating func decodeMinuten(_ fields: Fields) -> Minuten? {
        guard let value = r.member(fields, "minuten"),
            let m = r.object(value, fields.path.key("minuten"), allowed: Minuten.keys)
        else { return nil }
        return minutes(m)
    }

    /// The six phases' minutes of one format, each 1–60.
    mutating func minutes(_ m: Fields) -> Minuten? {
        let v = Minuten.keys.map { r.wholeNumber(m, $0, in: Minuten.range) }
        guard v.allSatisfy({ $0 != nil }) else { return nil }
        let n = v.map { $0! }
        return Minuten(verhaal: n[0], knelpunten: n[1], factoren: n[2], zichtbaarheid: n[3], pijler: n[4], reflectie: n[5])
    }
}
