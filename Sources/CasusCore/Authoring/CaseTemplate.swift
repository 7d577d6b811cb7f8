/// A new case file with every field present. Each text is a placeholder the
/// validator refuses until it is replaced, so a half-written case never plays.
public enum CaseTemplate {
    public static let placeholderMarker = "«vul in"

    private static let markerBytes = Array(placeholderMarker.utf8)

    /// A plain byte search: `String.contains(String)` goes through the regex
    /// engine's searcher and dominated loading 10 000 cases.
    static func containsPlaceholder(_ text: String) -> Bool {
        let marker = markerBytes
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= marker.count else { return false }
            for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
                var i = 1
                while i < marker.count && bytes[start + i] == marker[i] { i += 1 }
                if i == marker.count { return true }
            }
            return false
        }
    }

    static func placeholder(_ what: String) -> LogValue { .string("\(placeholderMarker): \(what)»") }

    public static func json(id: String, taxonomy: Taxonomy) -> String {
        let option = { (score: Int) -> LogValue in
            .object([
                "tekst": placeholder("wat een professional hier zou kunnen doen"),
                "score": .int(score),
                "feedback": placeholder("waarom dit wel of niet werkt, met verwijzing naar de pijler"),
            ])
        }
        let dilemmas = taxonomy.pijlers.map { pijler -> LogValue in
            .object([
                "pijler": .string(pijler.id),
                "vraag": placeholder("het dilemma bij \(pijler.naam.lowercased()): \(pijler.vraag)"),
                "opties": .array([option(3), option(2), option(1), option(0)]),
            ])
        }
        let factor = { (id: String, visibility: String) -> LogValue in
            .object([
                "factor": .string(id), "zichtbaarheid": .string(visibility),
                "toelichting": placeholder("waarom deze factor hier speelt en waarom hij \(visibility) is"),
            ])
        }
        let first = taxonomy.factoren.first?.id ?? "taal"
        let last = taxonomy.factoren.last?.id ?? "gezin"
        let fields: [(String, LogValue)] = [
            ("$schema", .string("schema/case.schema.json")),
            ("schemaVersion", .int(CaseDecoder.schemaVersion)),
            ("id", .string(id)),
            ("titel", placeholder("korte titel, liefst een citaat")),
            ("samenvatting", placeholder("één of twee zinnen voor het startscherm")),
            ("setting", .object(["organisatie": placeholder("team of organisatie"), "wijk": placeholder("wijk, stad")])),
            ("themas", .array([.string("mantelzorg")])),
            ("verhaal", .array([placeholder("eerste alinea van het verhaal"), placeholder("tweede alinea")])),
            (
                "personen",
                .array([
                    .object([
                        "naam": placeholder("naam"), "rol": .string("client"),
                        "beschrijving": placeholder("leeftijd, werk, situatie"),
                        "factoren": .array([factor(first, "zichtbaar"), factor(last, "onzichtbaar")]),
                    ]),
                    .object([
                        "naam": placeholder("naam"), "rol": .string("professional"),
                        "beschrijving": placeholder("functie, achtergrond"),
                        "factoren": .array([factor(first, "onzichtbaar")]),
                    ]),
                ])
            ),
            (
                "knelpunten",
                .array([
                    .object(["tekst": placeholder("waar het schuurt bij de inwoner"), "kant": .string("inwoner")]),
                    .object(["tekst": placeholder("waar het schuurt bij de professional"), "kant": .string("professional")]),
                    .object(["tekst": placeholder("waar het schuurt in de organisatie"), "kant": .string("organisatie")]),
                ])
            ),
            ("dilemmas", .array(dilemmas)),
            ("reflectie", .array([placeholder("reflectievraag")])),
            (
                "minuten",
                .object([
                    "verhaal": .int(5), "knelpunten": .int(8), "factoren": .int(10), "zichtbaarheid": .int(7), "pijler": .int(6),
                    "reflectie": .int(10),
                ])
            ),
        ]
        return "{\n" + fields.map { "  " + LogValue.quote($0.0) + ": " + pretty($0.1, indent: 1) }.joined(separator: ",\n") + "\n}\n"
    }

    /// Indented JSON in the field order given, as a designer would write it by hand.
    static func pretty(_ value: LogValue, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch value {
        case .array(let items) where items.contains(where: { if case .object = $0 { true } else { false } }):
            return "[\n" + items.map { pad + pretty($0, indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let members):
            let order = [
                "factor", "zichtbaarheid", "naam", "rol", "beschrijving", "pijler", "vraag", "tekst", "kant", "score", "feedback",
                "toelichting", "organisatie", "wijk", "verhaal", "knelpunten", "factoren", "pijler", "reflectie", "opties",
            ]
            let keys = members.keys.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
            return "{\n"
                + keys.map { pad + LogValue.quote($0) + ": " + pretty(members[$0]!, indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + close + "}"
        default:
            return value.json.replacingCommas()
        }
    }
}

extension String {
    /// `["a","b"]` → `["a", "b"]` for arrays of plain values, as people write them.
    fileprivate func replacingCommas() -> String {
        guard hasPrefix("[") else { return self }
        var out = ""
        var inString = false
        var escaped = false
        for c in self {
            out.append(c)
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "\"" { inString.toggle() } else if c == "," && !inString { out.append(" ") }
        }
        return out
    }
}
