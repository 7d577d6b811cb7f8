import ArgumentParser
import CasusCore
import CasusTUI

struct StatisticsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statistiek",
        abstract: "Over alle sessies: hoe vaak elke optie gekozen is, hoeveel groepen elke factor vonden, gemiddelde punten per fase.",
        discussion:
            "Voor cursusontwerpers: welke casus is te makkelijk, welke optie onduidelijk? Onleesbare logs worden overgeslagen en genoemd."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tabel, csv, json }

    @Option(name: .customLong("case"), help: "Alleen deze casus (id).", completion: Completions.caseIDs)
    var caseID: String?

    @Option(help: "tabel (standaard), csv of json.")
    var format: Format = .tabel

    @OptionGroup var sessions: SessionOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let context = SessionContext(casesDirectory: sessions.casesDirectory, strings: strings)
        let paths = try context.unwrap(SessionDirectory.logs(in: sessions.directory))
        // Each log is read and replayed on its own: all cores, results in file order.
        let folded = ParallelMap.map(paths) { path in context.read(path).map { context.fold($0) } }
        var states: [SessionState] = []
        var skipped: [String] = []
        for result in folded {
            switch result {
            case .success(let state): states.append(state)
            case .failure(let error): skipped.append(context.describe(error))
            }
        }
        let stats = SessionStatistics.compute(states, caseID: caseID)
        switch format {
        case .tabel: FileOutput.standardOutput.write(StatisticsTable.render(stats, strings))
        case .csv: FileOutput.standardOutput.write(StatisticsExport.csv(stats))
        case .json: FileOutput.standardOutput.write(StatisticsExport.json(stats))
        }
        let s = strings.session
        var warnings = stats.notInLibrary.map { s.notInLibrary($0.id, $0.plays) }
        if !skipped.isEmpty { warnings += [s.skippedLogs(skipped.count)] + skipped.map { "  " + $0 } }
        if !warnings.isEmpty { FileOutput.standardError.write(warnings.joined(separator: "\n") + "\n") }
    }
}

/// The statistics as tables with horizontal bars, readable in a terminal.
enum StatisticsTable {
    static let barWidth = 20

    static func render(_ stats: SessionStatistics, _ strings: Strings) -> String {
        let s = strings.session
        var out = s.statisticsHeading(stats.sessions, stats.plays) + "\n"
        if stats.cases.isEmpty { return out + "\n" + s.statisticsNothing + "\n" }
        for casus in stats.cases {
            out += "\n" + s.statisticsCase(casus.title, casus.id, casus.plays, casus.finishedPlays, casus.factorAnswers) + "\n"
            if casus.changedPlays > 0 { out += "  " + s.caseChanged(casus.title) + " (\(casus.changedPlays)×)\n" }
            out += "\n" + indent(TextTable.render(header: s.statisticsScoreColumns, rows: scoreRows(casus, strings)))
            var optionRows: [[String]] = []
            for pillar in casus.pillars {
                for (index, count) in pillar.chosen.enumerated() {
                    optionRows.append([
                        index == 0 ? pillar.name : "", "\(index + 1)", "\(pillar.optionScores[index])", share(count, of: pillar.answers),
                        bar(count, of: pillar.answers), TextWrap.truncate(pillar.optionTexts[index], width: 40),
                    ])
                }
                optionRows.append([
                    "", strings.play.pass, "0", share(pillar.passes, of: pillar.answers), bar(pillar.passes, of: pillar.answers), "",
                ])
            }
            out += "\n" + indent(TextTable.render(header: s.statisticsOptionColumns, rows: optionRows))
            let factorRows = casus.factors.map { factor in
                [
                    strings.play.sideName(factor.kant), factor.name, strings.play.visibilityName(factor.zichtbaarheid),
                    share(factor.found, of: casus.factorAnswers), bar(factor.found, of: casus.factorAnswers),
                ]
            }
            out += "\n" + indent(TextTable.render(header: s.statisticsFactorColumns, rows: factorRows))
        }
        return out
    }

    static func scoreRows(_ casus: CaseStatistics, _ strings: Strings) -> [[String]] {
        let scores = casus.scores
        return StatisticsExport.phases(scores, casus.pillars).enumerated().map { index, phase in
            let name: String
            switch index {
            case 0: name = strings.play.stepNames(.factoren, nil)
            case 1: name = strings.play.stepNames(.zichtbaarheid, nil)
            case _ where index - 2 < casus.pillars.count: name = strings.play.stepNames(.pijler(0), casus.pillars[index - 2].name)
            default: name = strings.session.scoreColumns.last ?? ""
            }
            return [name, decimal(scores.mean(phase.1), strings.language), "\(phase.2)"]
        }
    }

    static func share(_ count: Int, of total: Int) -> String {
        let percent = total == 0 ? 0 : (count * 100 + total / 2) / total
        return "\(count)/\(total) (\(percent)%)"
    }

    static func bar(_ count: Int, of total: Int) -> String {
        let filled = total == 0 ? 0 : (count * barWidth + total / 2) / total
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }

    /// One decimal, with the language's separator (4,5 in Dutch).
    static func decimal(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)\(language == .nl ? "," : ".")\(tenths % 10)"
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
