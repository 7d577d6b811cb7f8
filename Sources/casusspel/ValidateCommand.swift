import ArgumentParser
import CasusCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Controleert casusbestanden en de lijsten met factoren en pijlers.",
        discussion: """
            Meldt elk probleem als BESTAND:REGEL:KOLOM: VELD: wat er mis is.
            Exitcode 0: alles geldig; 1: een bestand is ongeldig; 2: verkeerd gebruik.
            """
    )

    @Argument(help: "Mappen of casusbestanden (standaard: Cases/).")
    var paths: [String] = []

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let library = try CasesLocation.loadLibrary(paths: paths, strings: strings)
        let out = FileOutput.standardOutput
        for diagnostic in library.diagnostics {
            out.write(diagnostic.formatted(strings) + "\n")
        }
        let caseFiles = library.filesRead
        out.write(strings.validationSummary(caseFiles, library.cases.count, library.errorCount, library.warningCount) + "\n")
        if library.errorCount > 0 { throw ExitCode(1) }
    }
}
