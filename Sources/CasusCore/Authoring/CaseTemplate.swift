/// A new case file with every field present. Each text is a placeholder the
/// validator refuses until it is replaced, so a half-written case never plays.
public enum CaseTemplate {
    public static let placeholderMarker = "«vul in"

    private static let markerBytes = Array(placeholderMarker.utf8)

    /// A plain byte search: `String.contains(String)` goes through the regex
    /// engine's searcher and dominated loading 10 000 cases.
    static func containsPlaceholder(_ text: String) -> Bool { placeholderCount(in: text, stopAtFirst: true) > 0 }

    static func placeholderCount(in text: String, stopAtFirst: Bool = false) -> Int {
        let marker = markerBytes
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= marker.count else { return 0 }
            var count = 0
            for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
                var i = 1
                while i < marker.count && bytes[start + i] == marker[i] { i += 1 }
                if i == marker.count {
                    count += 1
                    if stopAtFirst { break }
                }
            }
            return count
        }
    }

    static func placeholder(_ what: String) -> OrderedJSON { .string("\(placeholderMarker): \(what)»") }

    /// Scores per dilemma, turned one place further for each pillar and started at a place the id
    /// picks: the best option is not first by habit, and every dilemma has two options scored 2 or
    /// more, as format 2 asks.
    static func scores(forDilemma index: Int, id: String = "") -> [Int] {
        let base = [3, 2, 1, 0]
        let shift = (Int(FNV1a.hash(Array(id.utf8)) % UInt64(base.count)) + index) % base.count
        return Array(base[(base.count - shift)...] + base[..<(base.count - shift)])
    }

    public static func json(id: String, taxonomy: Taxonomy) -> String {
        typealias M = OrderedJSON.Member
        let dilemmas = taxonomy.pijlers.enumerated().map { index, pijler -> OrderedJSON in
            .object([
                M("pijler", .string(pijler.id)),
                M("vraag", placeholder("het dilemma bij \(pijler.naam.lowercased()): \(pijler.vraag)")),
                M(
                    "opties",
                    .array(
                        scores(forDilemma: index, id: id).map { score in
                            .object([
                                M("tekst", placeholder("wat een professional hier zou kunnen doen")), M("score", .int(score)),
                                M("expert", placeholder("wat deze optie in deze casus oplevert en wat ze op het spel zet")),
                            ])
                        })),
            ])
        }
        let factor = { (id: String, gewicht: Gewicht, visibility: Zichtbaarheid, valkuil: Bool) -> OrderedJSON in
            .object(
                [
                    M("factor", .string(id)), M("gewicht", .string(gewicht.rawValue)), M("zichtbaarheid", .string(visibility.rawValue)),
                    M("cue", placeholder("letterlijk citaat uit het verhaal of een kaart waar groepen dit zien: wat iemand zegt of doet")),
                    M(
                        "toelichting",
                        placeholder("waarom deze factor hier speelt en waarom hij \(visibility.rawValue) is: voor wie, wanneer?")),
                ] + (valkuil ? [M("valkuil", placeholder("de misvatting waartoe deze factor verleidt (of haal dit veld weg)"))] : []))
        }
        let first = taxonomy.factoren.first?.id ?? "taal"
        let last = taxonomy.factoren.last?.id ?? "gezin"
        let personen: OrderedJSON = .array([
            .object([
                M("naam", placeholder("naam")), M("rol", .string(Rol.client.rawValue)),
                M("kaart", placeholder("wat een professional kan weten of zien: leeftijd, huishouden, werk, wat de persoon zelf vertelt")),
                M("factoren", .array([factor(first, .bepalend, .zichtbaar, true), factor(last, .speeltMee, .onzichtbaar, false)])),
            ]),
            .object([
                M("naam", placeholder("naam")), M("rol", .string(Rol.professional.rawValue)),
                M("kaart", placeholder("functie en eigen achtergrond, ook de meerderheidspositie waar die meespeelt")),
                M("factoren", .array([factor(first, .bepalend, .onzichtbaar, false)])),
            ]),
        ])
        let knelpunten: OrderedJSON = .array(
            Knelpunt.Kant.allCases.map { kant in
                .object([M("tekst", placeholder("waar het schuurt bij de \(kant.rawValue)")), M("kant", .string(kant.rawValue))])
            })
        let minutes = { (n: [Int]) in zip(Minuten.keys, n).map { M($0, .int($1)) } }
        let kort = minutes([3, 4, 5, 4, 4, 4]) + [M("pijlers", .array(taxonomy.pijlers.prefix(2).map { .string($0.id) }))]
        let document: OrderedJSON = .object([
            M("$schema", .string(CaseSchema.relativePath)),
            M("schemaVersion", .int(CaseDecoder.schemaVersion)),
            M("id", .string(id)),
            M("titel", placeholder("korte titel, liefst een citaat")),
            M("teaser", placeholder(teaserHint)),
            M("samenvatting", placeholder("de hele situatie in één of twee zinnen, voor de trainer en de verslagen")),
            M("setting", .object([M("organisatie", placeholder("team of organisatie")), M("wijk", placeholder("wijk, stad"))])),
            M("themas", .array([.string("mantelzorg")])),
            M("inhoudswaarschuwing", placeholder("waarschuwing voor zware inhoud (of haal dit veld weg)")),
            M("verhaal", .array([placeholder("eerste alinea van het verhaal"), placeholder("tweede alinea")])),
            M("bepalendMax", .int(Casus.bepalendMaxDefault)),
            M("personen", personen),
            M("knelpunten", knelpunten),
            M("dilemmas", .array(dilemmas)),
            M("reflectie", .array([placeholder("reflectievraag")])),
            M("trainer", trainerPlaceholders),
            M("minuten", .object([M("volledig", .object(minutes([5, 8, 10, 7, 6, 10]))), M("kort", .object(kort))])),
        ])
        return document.written
    }

    static let teaserHint = "één of twee zinnen voor het startscherm, zonder iets te verklappen: geen factor, geen wending"

    /// Shared with `Migration`, which adds the same notes to a format-1 file.
    static var trainerPlaceholders: OrderedJSON {
        typealias M = OrderedJSON.Member
        return .object([
            M("achtergrond", placeholder("wat de trainer over deze situatie moet weten")),
            M(
                "regels",
                .array([
                    .object([
                        M("regel", placeholder("de regel of procedure waar de casus op steunt")),
                        M(
                            "bron",
                            placeholder(
                                "waar je dat nakijkt: een artikel op wetten.overheid.nl, een pagina van Rijksoverheid of de gemeente")),
                    ])
                ])),
            M("voorzieningen", placeholder("voorzieningen in de stad of wijk die ertoe doen (of haal dit veld weg)")),
            M("discussie", placeholder("waarover professionals het in de zaal oneens zullen zijn (of haal dit veld weg)")),
        ])
    }
}

/// Where a case file finds its JSON Schema: `$schema` in the template, relative to the case file.
public enum CaseSchema {
    public static let relativePath = "schema/case.schema.json"
}
