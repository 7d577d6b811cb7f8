extension CaseDecoding {
    mutating func decodePersonen(_ fields: Fields) -> [Persoon]? {
        guard let elements = r.array(fields, "personen", min: 2) else { return nil }
        var personen: [Persoon] = []
        for (value, path) in elements {
            guard let p = r.object(value, path, allowed: format.personKeys, renamed: format.renamed) else {
                cards.append(nil)
                continue
            }
            let naam = r.text(p, "naam")
            let rol = r.choice(p, "rol", as: Rol.self)
            let kaart = r.text(p, format.cardKey)
            cards.append(kaart)
            let factoren = decodePersoonFactoren(p, kant: rol?.kant)
            if let naam, let rol, let kaart, let factoren {
                personen.append(Persoon(naam: naam, rol: rol, kaart: kaart, factoren: factoren))
            }
        }
        if elements.count == personen.count, let member = fields.member("personen"), case .array = member.value.kind {
            for rol in [Rol.client, .professional] where !personen.contains(where: { $0.rol == rol }) {
                r.report(.missingRole(rol), at: member.value.location, fields.path.key("personen"))
            }
        }
        return elements.count == personen.count ? personen : nil
    }

    private mutating func decodePersoonFactoren(_ p: Fields, kant: Kant?) -> [PersoonFactor]? {
        guard let elements = r.array(p, "factoren", min: 1) else { return nil }
        let known = taxonomy?.factoren.map(\.id)
        var seen: Set<String> = []
        var result: [PersoonFactor] = []
        for (value, path) in elements {
            guard let f = r.object(value, path, allowed: format.factorKeys) else { continue }
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
            let gewicht: Gewicht?
            var cue: String?
            switch format {
            case .v1:
                gewicht = zichtbaarheid.map(Gewicht.afgeleid(van:))
            case .v2:
                gewicht = r.choice(f, "gewicht", as: Gewicht.self)
                cue = r.text(f, "cue")
                if let cue, let factor, let location = f.location(of: "cue") {
                    cues.append(CueSite(cue: cue, factor: factor, location: location, path: path.key("cue")))
                }
                if let gewicht, let factor, let kant, let location = f.location(of: "gewicht") {
                    weights.append(WeightSite(kant: kant, factor: factor, gewicht: gewicht, location: location, path: path.key("gewicht")))
                }
            }
            let toelichting = r.text(f, "toelichting")
            let valkuil = r.text(f, "valkuil", required: false)
            if let factor, let gewicht, let zichtbaarheid, let toelichting, format == .v1 || cue != nil {
                result.append(
                    PersoonFactor(
                        factor: factor, gewicht: gewicht, zichtbaarheid: zichtbaarheid, cue: cue, toelichting: toelichting,
                        valkuil: valkuil))
            }
        }
        return result.count == elements.count ? result : nil
    }
}
