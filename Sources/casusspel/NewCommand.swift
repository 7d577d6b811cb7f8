import ArgumentParser
import CasusCore
import CasusIO

#if canImport(Glibc)
    import Glibc
#endif

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nieuw",
        abstract: "Maakt een nieuw casusbestand vanuit een volledig sjabloon.",
        discussion: """
            Elke tekst «vul in: …» moet vervangen worden; `casusspel validate` wijst ze aan tot ze weg zijn.
            Het bestand verwijst met "$schema": "schema/case.schema.json" naar het schema; staat dat nog niet in de map, \
            dan zet nieuw er een kopie van het schema van het programma neer.
            """
    )

    @Argument(help: "Het id van de nieuwe casus: kleine letters, cijfers en streepjes.")
    var id: String

    @Option(
        name: .customLong("map"),
        help: "Map waarin het bestand komt (standaard: ./Cases als die er is, anders de map waarin je staat).",
        completion: .directory)
    var directory: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        guard CaseDecoder.isSlug(id) else { throw ValidationError(strings.describe(.invalidID(id))) }
        let folder = try directory ?? CasesLocation.newCaseDirectory()
        guard FileReader.isDirectory(folder) else { throw ValidationError(strings.pathNotFound(folder)) }
        let (taxonomy, diagnostics) = LibraryLoader.loadTaxonomy(
            in: FileReader.exists(LibraryLoader.join(folder, TaxonomyDecoder.factorenFile))
                ? folder : CasesLocation.programDirectory())
        guard let taxonomy else {
            for diagnostic in diagnostics { FileOutput.standardError.write(diagnostic.formatted(strings) + "\n") }
            throw ExitCode(1)
        }
        let path = LibraryLoader.join(folder, id + ".json")
        do {
            try NewFile.create(CaseTemplate.json(id: id, taxonomy: taxonomy), at: path)
        } catch {
            throw ValidationError(error.description)
        }
        FileOutput.standardOutput.write(strings.newCaseWritten(path) + "\n")
        // The template's "$schema" is relative to the file: a copy beside it makes it resolve in an editor.
        let schema = LibraryLoader.join(folder, CaseSchema.relativePath)
        let shipped = CasesLocation.programDirectory() + "/" + CaseSchema.relativePath
        if !FileReader.exists(schema), case .success(let bytes) = FileReader.read(shipped, limit: 1 << 20) {
            do {
                try SessionLogWriter.makeDirectories(LibraryLoader.parentDirectory(schema))
                try NewFile.create(String(decoding: bytes, as: UTF8.self), at: schema)
                FileOutput.standardOutput.write(strings.command.schemaCopied(schema) + "\n")
            } catch {
                // The case is written; without the schema only the editor's help is missing.
                FileOutput.standardError.write(strings.warningPrefix + String(describing: error) + "\n")
            }
        }
    }
}
