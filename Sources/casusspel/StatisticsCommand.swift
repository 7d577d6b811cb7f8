import ArgumentParser
import CasusCore
import CasusIO
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
        let folded = ParallelMap.map(paths) { path in context.read(path).map { (warnings: context.warnings($0), state: context.fold($0)) } }
        var states: [SessionState] = []
        var skipped: [String] = []
        var passedOver: [String] = []
        for result in folded {
            switch result {
            case .success(let read):
                states.append(read.state)
                passedOver += read.warnings
            case .failure(let error): skipped.append(context.describe(error))
            }
        }
        let stats = SessionStatistics.compute(states, caseID: caseID)
        switch format {
        case .tabel: FileOutput.standardOutput.write(StatisticsTable.render(stats, strings))
        case .csv: FileOutput.standardOutput.write(document: StatisticsExport.csv(stats))
        case .json: FileOutput.standardOutput.write(document: StatisticsExport.json(stats))
        }
        let s = strings.session
        var warnings = stats.notInLibrary.map { s.notInLibrary($0.id, $0.plays) } + passedOver
        if !skipped.isEmpty { warnings += [s.skippedLogs(skipped.count)] + skipped.map { "  " + $0 } }
        if !warnings.isEmpty { FileOutput.standardError.write(warnings.joined(separator: "\n") + "\n") }
    }
}
