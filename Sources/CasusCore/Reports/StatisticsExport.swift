/// Statistics for further analysis: CSV (one row per counted thing) and JSON.
public enum StatisticsExport {
    public static func csv(_ stats: SessionStatistics) -> String {
        var out = CSVReport.line(["soort", "casus", "pijler_of_kant", "optie_of_factor", "punten", "aantal", "van"])
        for casus in stats.cases {
            for pillar in casus.pillars {
                for (index, count) in pillar.chosen.enumerated() {
                    out += CSVReport.line([
                        "optie", casus.id, pillar.pijler, "\(index + 1)", "\(pillar.optionScores[index])", "\(count)", "\(pillar.answers)",
                    ])
                }
                out += CSVReport.line(["pas", casus.id, pillar.pijler, "", "0", "\(pillar.passes)", "\(pillar.answers)"])
            }
            for factor in casus.factors {
                out += CSVReport.line([
                    factor.zichtbaarheid == .onzichtbaar ? "factor_onzichtbaar" : "factor_zichtbaar", casus.id, factor.kant.rawValue,
                    factor.factor, "", "\(factor.found)", "\(casus.factorAnswers)",
                ])
            }
            for (phase, sum, maximum) in phases(casus.scores, casus.pillars) {
                out += CSVReport.line(["punten", casus.id, phase, "", "\(maximum)", "\(sum)", "\(casus.scores.groups)"])
            }
        }
        return out
    }

    public static func json(_ stats: SessionStatistics) -> String {
        let cases: [LogValue] = stats.cases.map { casus in
            .object([
                "id": .string(casus.id), "titel": .string(casus.title), "gespeeld": .int(casus.plays),
                "afgerond": .int(casus.finishedPlays),
                "gewijzigde_versie": .int(casus.changedPlays),
                "pijlers": .array(
                    casus.pillars.map { pillar in
                        .object([
                            "pijler": .string(pillar.pijler), "naam": .string(pillar.name), "antwoorden": .int(pillar.answers),
                            "pas": .int(pillar.passes), "gekozen": .array(pillar.chosen.map { .int($0) }),
                            "punten": .array(pillar.optionScores.map { .int($0) }),
                        ])
                    }),
                "factoren": .array(
                    casus.factors.map { factor in
                        .object([
                            "kant": .string(factor.kant.rawValue), "factor": .string(factor.factor), "naam": .string(factor.name),
                            "zichtbaarheid": .string(factor.zichtbaarheid.rawValue), "gevonden": .int(factor.found),
                            "van": .int(casus.factorAnswers),
                        ])
                    }),
                "punten": .object(
                    Dictionary(
                        phases(casus.scores, casus.pillars).map { phase, sum, maximum in
                            (phase, LogValue.object(["som": .int(sum), "groepen": .int(casus.scores.groups), "maximaal": .int(maximum)]))
                        }
                    ) { a, _ in a }),
            ])
        }
        return LogValue.object([
            "sessies": .int(stats.sessions), "gespeeld": .int(stats.plays), "casussen": .array(cases),
            "niet_in_bibliotheek": .object(Dictionary(stats.notInLibrary.map { ($0.id, LogValue.int($0.plays)) }) { a, _ in a }),
        ]).json + "\n"
    }

    /// (phase key, sum over groups, maximum per group): factoren, zichtbaarheid, each pillar, totaal.
    public static func phases(_ scores: ScoreStatistics, _ pillars: [PillarStatistics]) -> [(String, Int, Int)] {
        var out = [
            ("factoren", scores.factoren, scores.maximum.factoren), ("zichtbaarheid", scores.zichtbaarheid, scores.maximum.zichtbaarheid),
        ]
        for (index, pillar) in pillars.enumerated() where scores.pijlers.indices.contains(index) {
            out.append(("pijler:" + pillar.pijler, scores.pijlers[index], scores.maximum.pijlers[index]))
        }
        out.append(("totaal", scores.total, scores.maximum.total))
        return out
    }
}
