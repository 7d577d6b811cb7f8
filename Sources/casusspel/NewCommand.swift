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
        discussion: "Elke tekst «vul in: …» moet vervangen worden; `casusspel validate` wijst ze aan tot ze weg zijn."
    )

    @Argument(help: "Het id van de nieuwe casus: kleine letters, cijfers en streepjes.")
    var id: String

    @Option(
        name: .customLong("map"),
        help: "Map waarin het bestand komt (standaard: de bibliotheek; bij een geïnstalleerd spel je eigen casusmap).",
        completion: .directory)
    var directory: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        guard CaseDecoder.isSlug(id) else { throw ValidationError(strings.describe(.invalidID(id))) }
        let folder = try directory ?? CasesLocation.newCaseDirectory()
        guard FileReader.isDirectory(folder) else { throw ValidationError(strings.pathNotFound(folder)) }
        let (taxonomy, diagnostics) = LibraryLoader.loadTaxonomy(
            in: FileReader.exists(folder + "/" + TaxonomyDecoder.factorenFile)
                ? folder : CasesLocation.defaultDirectory())
        guard let taxonomy else {
            for diagnostic in diagnostics { FileOutput.standardError.write(diagnostic.formatted(strings) + "\n") }
            throw ExitCode(1)
        }
        let path = folder + "/" + id + ".json"
        do {
            try NewFile.create(CaseTemplate.json(id: id, taxonomy: taxonomy), at: path)
        } catch {
            throw ValidationError(error.description)
        }
        FileOutput.standardOutput.write(strings.newCaseWritten(path) + "\n")
    }
}
