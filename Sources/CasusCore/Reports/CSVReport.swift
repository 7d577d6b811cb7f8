/// One row per choice (a factor found, a visibility call, an option, a pass,
/// a note), for a spreadsheet. RFC 4180 quoting; cells that a spreadsheet
/// would run as a formula are prefixed with an apostrophe.
public enum CSVReport {
    public static func render(_ report: SessionReport, strings: Strings) -> String {
        let s = strings.session
        var out = line(s.csvColumns)
        let date = ReportFormat.date(report.startedAt, zone: report.zone)
        for play in report.cases {
            func add(
                _ phase: String, _ group: String, _ kind: String, _ choice: String, _ text: String, _ points: String, _ best: String = "",
                _ bestPoints: String = ""
            ) {
                out += line([
                    report.sessionID, date, report.training ?? "", play.id, play.title, phase, group, kind, choice, text, points, best,
                    bestPoints,
                ])
            }
            let factorPhase = strings.play.stepNames(.factoren, nil)
            let visibilityPhase = strings.play.stepNames(.zichtbaarheid, nil)
            for group in report.groups {
                for factor in play.factors where factor.foundBy.contains(group) {
                    add(factorPhase, group, s.csvKinds.factor, factor.kant.rawValue + ":" + factor.factor, factor.name, "\(factor.points)")
                }
                for extra in play.extraMarks where extra.group == group {
                    for mark in extra.marks { add(factorPhase, group, s.csvKinds.factor, "", mark, "0") }
                }
                for factor in play.factors {
                    guard let call = factor.calls.first(where: { $0.group == group })?.call else { continue }
                    let right = call == factor.zichtbaarheid
                    add(
                        visibilityPhase, group, s.csvKinds.visibility, factor.kant.rawValue + ":" + factor.factor + "=" + call.rawValue,
                        factor.name, right ? "1" : "0", factor.zichtbaarheid.rawValue, "1")
                }
            }
            for pillar in play.pillars {
                let phase = strings.play.stepNames(.pijler(0), pillar.name)
                let best = pillar.options.filter(\.best)
                let bestNumbers = best.map { String($0.number) }.joined(separator: "/")
                let bestPoints = best.first.map { String($0.score) } ?? ""
                for choice in pillar.choices where choice.option != nil || choice.passed || choice.own {
                    let kind = choice.passed ? s.csvKinds.pass : choice.own ? strings.reveal.csvOwn : s.csvKinds.option
                    add(
                        phase, choice.group, kind, choice.option.map(String.init) ?? "", choice.tekst ?? "", "\(choice.score)",
                        bestNumbers, bestPoints)
                }
            }
            for note in play.notes { add(note.phase, note.group, s.csvKinds.note, "", note.text, "") }
        }
        return out
    }

    static func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        var text = ReportFormat.clean(raw)
        if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
