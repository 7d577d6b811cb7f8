/// The fields and the checks across fields that format 2 added.
extension CaseDecoding {
    mutating func decodeTrainer(_ fields: Fields) -> TrainerNotes? {
        guard let value = r.member(fields, "trainer"),
            let t = r.object(value, fields.path.key("trainer"), allowed: ["achtergrond", "regels", "voorzieningen", "discussie"])
        else { return nil }
        let achtergrond = r.text(t, "achtergrond")
        var regels: [TrainerNotes.Regel]?
        if let elements = r.array(t, "regels", min: 1) {
            let read = elements.map { value, path -> TrainerNotes.Regel? in
                guard let o = r.object(value, path, allowed: ["regel", "bron"]) else { return nil }
                let regel = r.text(o, "regel")
                let bron = r.text(o, "bron")
                guard let regel, let bron else { return nil }
                return TrainerNotes.Regel(regel: regel, bron: bron)
            }
            if !read.isEmpty && read.allSatisfy({ $0 != nil }) { regels = read.compactMap { $0 } }
        }
        let voorzieningen = r.text(t, "voorzieningen", required: false)
        let discussie = r.text(t, "discussie", required: false)
        guard let achtergrond, let regels else { return nil }
        return TrainerNotes(achtergrond: achtergrond, regels: regels, voorzieningen: voorzieningen, discussie: discussie)
    }

    /// `minuten: { volledig: {…}, kort: {…, pijlers: […]} }`.
    mutating func decodeMinutenV2(_ fields: Fields, dilemmas: [Dilemma]?) -> (Minuten?, KortFormaat?) {
        guard let value = r.member(fields, "minuten"),
            let m = r.object(value, fields.path.key("minuten"), allowed: ["volledig", "kort"])
        else { return (nil, nil) }
        var volledig: Minuten?
        if let value = r.member(m, "volledig"), let v = r.object(value, m.path.key("volledig"), allowed: Minuten.keys) {
            volledig = minutes(v)
        }
        guard let value = r.member(m, "kort"), let k = r.object(value, m.path.key("kort"), allowed: Minuten.keys + ["pijlers"])
        else { return (volledig, nil) }
        let minuten = minutes(k)
        let pijlers = decodeKortPijlers(k, dilemmas: dilemmas)
        guard let minuten, let pijlers else { return (volledig, nil) }
        let kort = KortFormaat(minuten: minuten, pijlers: pijlers)
        if !KortFormaat.totalRange.contains(kort.totaal) {
            r.report(.shortFormatDuration(total: kort.totaal, range: KortFormaat.totalRange), at: k.location, k.path, severity: .warning)
        }
        return (volledig, kort)
    }

    /// One or two pillars that exist in the taxonomy and have a dilemma in this case.
    private mutating func decodeKortPijlers(_ k: Fields, dilemmas: [Dilemma]?) -> [String]? {
        let count = KortFormaat.pillarCount
        guard let elements = r.array(k, "pijlers", min: count.lowerBound, max: count.upperBound) else { return nil }
        let known = taxonomy?.pijlers.map(\.id)
        var result: [String] = []
        for (value, path) in elements {
            guard let id = r.text(value, path) else { continue }
            if let known, !known.contains(id) {
                r.report(.unknownPillar(id, suggestion: Suggestion.closest(to: id, in: known)), at: value.location, path)
            } else if result.contains(id) {
                r.report(.duplicateEntry(id), at: value.location, path)
            } else if let dilemmas, !dilemmas.contains(where: { $0.pijler == id }) {
                r.report(.pillarNotInCase(id), at: value.location, path)
            } else {
                result.append(id)
            }
        }
        return result.count == elements.count ? result : nil
    }

    /// Each cue must quote the visible text; one that is too short or only names
    /// the factor is a label, not an observation, and gets a warning.
    mutating func checkCues(verhaal: [String]?) {
        let names = Dictionary((taxonomy?.factoren ?? []).map { ($0.id, $0.naam) }, uniquingKeysWith: { a, _ in a })
        for site in cues {
            if CueCheck.isLabel(site.cue, factorID: site.factor, factorName: names[site.factor]) {
                r.report(.cueIsLabel(factor: site.factor), at: site.location, site.path, severity: .warning)
            } else {
                let words = CueCheck.words(site.cue).count
                if words <= 2 { r.report(.cueTooShort(words: words), at: site.location, site.path, severity: .warning) }
            }
        }
        // Where the story or a card has an error of its own, the quotation cannot be checked fairly.
        guard let verhaal, !cards.contains(where: { $0 == nil }) else { return }
        let check = CueCheck(visible: verhaal + cards.compactMap { $0 })
        for site in cues where !check.occurs(site.cue) {
            r.report(.cueNotInText, at: site.location, site.path)
        }
    }

    /// A factor named for two people of one side counts once, as in `Casus.referentie(voor:)`;
    /// the error points at the first determining factor beyond the cap.
    mutating func checkDeterminingCap(_ maximum: Int) {
        for kant in Kant.allCases {
            let sites = weights.filter { $0.kant == kant && $0.gewicht == .bepalend }
            var counted: [String] = []
            var beyond: WeightSite?
            for site in sites where !counted.contains(site.factor) {
                counted.append(site.factor)
                if counted.count == maximum + 1 { beyond = site }
            }
            if let beyond {
                r.report(.tooManyDeterminingFactors(kant: kant, found: counted.count, maximum: maximum), at: beyond.location, beyond.path)
            }
        }
    }
}
