/// The report as JSON for other tools: the same content as the other formats,
/// with stable Dutch keys (like the session log) and sorted keys.
public enum JSONReport {
    public static func render(_ report: SessionReport, strings: Strings) -> String {
        var root: [String: LogValue] = [
            "sessie": .string(report.sessionID), "datum": .string(report.startedAt),
            "groepen": .array(report.groups.map { .string($0) }), "leervragen": .array(report.leervragen.map { .string($0) }),
            "afgerond": .bool(report.finished), "hervat": .int(report.resumptions),
            "afgekapt_bytes": .int(report.truncatedBytes), "casussen": .array(report.cases.map { casus($0, strings) }),
        ]
        root["training"] = report.training.map { .string($0) } ?? .null
        root["status"] = .string(report.status.key)
        if !report.leervraagStatus.isEmpty {
            root["leervragenStatus"] = .array(report.leervraagStatus.map { $0.map { .string($0.rawValue) } ?? .null })
        }
        return LogValue.object(root).json + "\n"
    }

    static func casus(_ play: CaseReport, _ strings: Strings) -> LogValue {
        var out: [String: LogValue] = [
            "id": .string(play.id), "titel": .string(play.title), "start": .string(play.startedAt), "overgeslagen": .bool(play.skipped),
            "afgerond": .bool(play.finished), "gewijzigd": .bool(play.changed), "ontbreekt": .bool(play.missing),
            "niet_passende_regels": .array(play.unmatchedLines.map { .int($0) }),
            "knelpunten": .array(play.knelpunten.map { .string($0) }),
            "factoren": .array(
                play.factors.map { factor in
                    .object([
                        "kant": .string(factor.kant.rawValue), "factor": .string(factor.factor), "naam": .string(factor.name),
                        "zichtbaarheid": .string(factor.zichtbaarheid.rawValue), "punten": .int(factor.points),
                        "gevonden_door": .array(factor.foundBy.map { .string($0) }),
                        "oordelen": .object(Dictionary(factor.calls.map { ($0.group, LogValue.string($0.call.rawValue)) }) { a, _ in a }),
                    ])
                }),
            "ook_besproken": .object(
                Dictionary(play.extraMarks.map { ($0.group, LogValue.array($0.marks.map { .string($0) })) }) { a, _ in a }),
            "pijlers": .array(play.pillars.map(pillar)),
            "notities": .array(
                play.notes.map { .object(["groep": .string($0.group), "fase": .string($0.phase), "tekst": .string($0.text)]) }),
            "punten": .object(Dictionary(play.scores.map { ($0.group, score($0.score)) }) { a, _ in a }),
        ]
        out["maximaal"] = play.maxScore.map(score) ?? .null
        return .object(out)
    }

    static func pillar(_ pillar: PillarReport) -> LogValue {
        .object([
            "pijler": .string(pillar.pijler), "naam": .string(pillar.name), "vraag": .string(pillar.vraag),
            "opties": .array(
                pillar.options.map {
                    .object([
                        "nummer": .int($0.number), "tekst": .string($0.tekst), "punten": .int($0.score), "feedback": .string($0.feedback),
                        "beste": .bool($0.best),
                    ])
                }),
            "keuzes": .array(
                pillar.choices.map {
                    var choice: [String: LogValue] = [
                        "groep": .string($0.group), "optie": $0.option.map { .int($0) } ?? .null, "pas": .bool($0.passed),
                        "tekst": $0.tekst.map { .string($0) } ?? .null, "punten": .int($0.score),
                    ]
                    // Only where they apply, so reports of sessions before format 3 stay as they were.
                    if let shown = $0.shown { choice["getoond"] = .int(shown) }
                    if $0.own {
                        choice["eigenAanpak"] = .bool(true)
                        choice["reden"] = $0.reason.map { .string($0) } ?? .null
                    }
                    return .object(choice)
                }),
        ])
    }

    static func score(_ score: CaseScore) -> LogValue {
        .object([
            "factoren": .int(score.factoren), "zichtbaarheid": .int(score.zichtbaarheid), "pijlers": .array(score.pijlers.map { .int($0) }),
            "totaal": .int(score.total),
        ])
    }
}
