import ArgumentParser
import CasusCore
import CasusIO

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migreer",
        abstract: "Zet casusbestanden van formaat 1 om naar formaat 2.",
        discussion: """
            Houdt alle tekst en de volgorde van de velden, en zet «vul in: …» waar formaat 2 iets van de auteur vraagt
            (teaser, een cue per factor, de trainersnotities). Een bestand dat al formaat 2 is of geen geldige JSON,
            blijft onaangeroerd. Exitcode 0: alles omgezet; 1: een bestand niet.
            """
    )

    @Argument(help: "De casusbestanden die omgezet worden.")
    var files: [String]

    @OptionGroup var language: LanguageOption

    func run() throws {
        let s = language.strings
        var failed = false
        for file in files {
            let bytes: [UInt8]
            switch FileReader.read(file) {
            case .success(let read): bytes = read
            case .failure(let failure):
                FileOutput.standardError.write("\(file): " + s.describe(.reading(failure, limit: FileReader.caseFileLimit)) + "\n")
                failed = true
                continue
            }
            switch Migration.migrate(bytes) {
            case .failure(let refusal):
                FileOutput.standardError.write(s.authoring.migrationRefused(file, refusal) + "\n")
                failed = true
            case .success(let migrated):
                do {
                    try AtomicFile.replace(file, with: migrated.text)
                    FileOutput.standardOutput.write(s.authoring.migrated(file, migrated.placeholders) + "\n")
                } catch {
                    FileOutput.standardError.write(s.authoring.migrationWriteFailed(file, error.reason) + "\n")
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
