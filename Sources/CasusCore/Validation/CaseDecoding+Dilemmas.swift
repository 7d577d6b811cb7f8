extension CaseDecoding {
    mutating func decodeDilemmas(_ fields: Fields) -> [Dilemma]? {
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
            let opties = decodeOpties(d)
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

    private mutating func decodeOpties(_ d: Fields) -> [Optie]? {
        let count = format.optionCount
        guard let elements = r.array(d, "opties", min: count.lowerBound, max: count.upperBound) else { return nil }
        var result: [Optie] = []
        var texts: Set<String> = []
        for (value, path) in elements {
            guard let o = r.object(value, path, allowed: format.optionKeys, renamed: format.renamed) else { continue }
            let tekst = r.text(o, "tekst")
            if let tekst, !texts.insert(tekst).inserted, let location = o.location(of: "tekst") {
                r.report(.duplicateOptionText, at: location, path.key("tekst"))
            }
            let score = r.wholeNumber(o, "score", in: Optie.scoreRange)
            let expert = r.text(o, format.expertKey)
            if let tekst, let score, let expert { result.append(Optie(tekst: tekst, score: score, expert: expert)) }
        }
        if result.count == elements.count, !result.isEmpty, let location = d.location(of: "opties") {
            checkScores(result, at: location, d.path.key("opties"))
        }
        return result.count == elements.count ? result : nil
    }

    private mutating func checkScores(_ opties: [Optie], at location: SourceLocation, _ path: FieldPath) {
        let highest = opties.map(\.score).max()!
        if highest < Optie.scoreRange.upperBound {
            r.report(.noBestOption(highest: highest, best: Optie.scoreRange.upperBound), at: location, path)
        }
        if format == .v2 {
            let defensible = opties.count { $0.score >= CaseDecoder.defensibleScore }
            if defensible < CaseDecoder.defensibleOptions {
                r.report(
                    .tooFewDefensibleOptions(found: defensible, minimum: CaseDecoder.defensibleOptions, score: CaseDecoder.defensibleScore),
                    at: location, path)
            }
        }
        if opties.count > 1, Set(opties.map(\.score)).count == 1 {
            r.report(.equalScores(highest), at: location, path, severity: .warning)
        }
        // Authors tend to write the best option longest; groups then pick by length.
        let lengths = opties.map(\.tekst.unicodeScalars.count)
        if let shortest = lengths.min(), let longest = lengths.max(), Double(longest) > Double(shortest) * CaseDecoder.maxLengthRatio {
            r.report(.unevenOptionLengths(shortest: shortest, longest: longest), at: location, path, severity: .warning)
        }
    }
}
