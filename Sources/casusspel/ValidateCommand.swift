import ArgumentParser
import CasusCore
import CasusIO

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Controleert casusbestanden en de lijsten met factoren en pijlers.",
        discussion: """
            Meldt elk probleem als BESTAND:REGEL:KOLOM: VELD: wat er mis is.
            Exitcode 0: alles geldig; 1: een bestand is ongeldig; 2: verkeerd gebruik.
            """
    )

    @Argument(
        help: "Mappen of casusbestanden (standaard: de casussen in de map waarin je staat, anders de bibliotheek en je eigen casussen).",
        completion: .file(extensions: ["json"]))
    var paths: [String] = []

    @Flag(name: .customLong("dekking"), help: "Toon hoe vaak elke factor en pijler in de bibliotheek voorkomt.")
    var coverage = false

    @Flag(name: .customLong("doorspelen"), help: "Speel elke casus automatisch langs alle keuzes en toon scorebereik en duur.")
    var playThrough = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let library = try CasesLocation.loadLibrary(paths: paths, strings: strings)
        let out = FileOutput.standardOutput
        for diagnostic in library.diagnostics {
            out.write(diagnostic.formatted(strings) + "\n")
        }
        // Across the whole set read: what no single file can show.
        let checks = LibraryChecks(cases: library.cases.map(\.casus), taxonomy: library.taxonomy)
        let libraryWarnings =
            checks.predictiveRules.map(strings.authoring.surfaceRule)
            + (checks.tooManyDefaultCalls ? [strings.authoring.defaultVisibility(checks.visibility)] : [])
        for warning in libraryWarnings { out.write(strings.warningPrefix + warning + "\n") }
        let caseFiles = library.filesRead
        let warnings = library.warningCount + libraryWarnings.count
        out.write(strings.validationSummary(caseFiles, library.cases.count, library.errorCount, warnings) + "\n")
        var failed = library.errorCount > 0
        if coverage { failed = printCoverage(library, checks, strings) || failed }
        if playThrough { failed = printPlayThrough(library, strings) || failed }
        if failed { throw ExitCode(1) }
    }

    /// Returns true when a factor is used in fewer than two cases (printed as a warning, not a failure).
    private func printCoverage(_ library: CaseLibrary, _ checks: LibraryChecks, _ strings: Strings) -> Bool {
        let coverage = Coverage(library: library)
        let out = FileOutput.standardOutput
        out.write("\n" + strings.coverageHeading(coverage.caseCount) + "\n\n")
        let bar = { (n: Int) in String(repeating: "█", count: n) + " \(n)" }
        out.write(
            TextTable.render(header: strings.coverageColumns, rows: coverage.factoren.map { [$0.naam, bar($0.cases), "\($0.invisible)"] }))
        out.write("\n" + TextTable.render(header: strings.pillarColumns, rows: coverage.pijlers.map { [$0.naam, bar($0.cases)] }))
        out.write("\n" + strings.authoring.pillarSource(library.taxonomy?.pijlerBron) + "\n")
        let thin = coverage.thinFactors()
        if !thin.isEmpty { out.write("\n") }
        for factor in thin { out.write(strings.warningPrefix + strings.thinFactor(factor.id, factor.cases, 2) + "\n") }
        out.write("\n" + strings.authoring.visibilityShare(checks.visibility) + "\n")
        printSurfaceRules(checks, strings)
        return false
    }

    /// Lengths and positions in full; of the words, the few that come closest to giving the answer away.
    private func printSurfaceRules(_ checks: LibraryChecks, _ strings: Strings) {
        guard checks.dilemmaCount > 0 else { return }
        let a = strings.authoring
        let shape = checks.outcomes.filter { if case .word = $0.rule { false } else { true } }
        let words = checks.outcomes.filter { if case .word = $0.rule { true } else { false } }.sorted { $0.advantage > $1.advantage }
        let rows = (shape + words.prefix(5)).map { o in
            [a.ruleName(o.rule), a.number(o.mean), a.number(o.random), (o.advantage >= 0.005 ? "+" : "") + a.number(o.advantage)]
        }
        let out = FileOutput.standardOutput
        out.write("\n" + a.surfaceHeading(checks.dilemmaCount) + "\n\n")
        out.write(TextTable.render(header: a.surfaceColumns, rows: rows))
    }

    /// Returns true when a path cannot reach a step or ends early: that is a broken case.
    private func printPlayThrough(_ library: CaseLibrary, _ strings: Strings) -> Bool {
        guard let taxonomy = library.taxonomy else { return true }
        // About 80 ms per case: on all cores, with a counter while a person waits at a terminal.
        let cases = library.cases.map(\.casus)
        let total = cases.count
        let progress = ProgressLine(.standardError)
        var report: (@Sendable (Int) -> Void)?
        if let progress {
            report = { done in progress.update(strings.playThroughProgress(done, total), final: done == total) }
        }
        let reports: [PlayThrough] = ParallelMap.map(cases, progress: report) { casus in PlayThrough(casus: casus, taxonomy: taxonomy) }
        progress?.finish()
        let rows = reports.map { r in
            [
                r.caseID, "\(r.paths)" + (r.sampled ? "*" : ""), "\(r.lowest)", "\(r.highest)",
                r.bestPath.map(String.init).joined(separator: ","), "\(r.minutes)",
                r.unreachedSteps.isEmpty ? "–" : r.unreachedSteps.joined(separator: ","), "\(r.endedEarly)",
            ]
        }
        FileOutput.standardOutput.write("\n" + TextTable.render(header: strings.playThroughColumns, rows: rows))
        if reports.contains(where: \.sampled) { FileOutput.standardOutput.write(strings.sampledNote + "\n") }
        return reports.contains { !$0.unreachedSteps.isEmpty || $0.endedEarly > 0 }
    }
}
