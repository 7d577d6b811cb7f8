import ArgumentParser
import CasusCore
import CasusIO
import CasusTUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Toont de casussen als tabel (of als JSON met --json)."
    )

    @Argument(
        help: "Map of casusbestanden (standaard: de casussen in de map waarin je staat, anders de bibliotheek en je eigen casussen).",
        completion: .file(extensions: ["json"]))
    var paths: [String] = []

    @Flag(help: "Uitvoer als JSON, voor scripts.")
    var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let library = try CasesLocation.loadLibrary(paths: paths, strings: strings)
        // Errors, and where an own case replaced a shipped one: the table alone would not say so.
        let replacements = library.replacements
        for diagnostic in library.diagnostics where diagnostic.severity == .error || replacements.contains(diagnostic) {
            FileOutput.standardError.write(diagnostic.formatted(strings) + "\n")
        }
        if json {
            FileOutput.standardOutput.write(document: jsonText(library))
        } else {
            FileOutput.standardOutput.write(table(library, strings))
        }
        if library.errorCount > 0 { throw ExitCode(1) }
    }

    private func table(_ library: CaseLibrary, _ strings: Strings) -> String {
        let header = [strings.columnID, strings.columnTitle, strings.columnSetting, strings.columnFactors, strings.columnMinutes]
        let rows = library.cases.map { loaded -> [String] in
            let c = loaded.casus
            return [
                c.id, c.titel, "\(c.setting.organisatie), \(c.setting.wijk)", c.factorIDs.joined(separator: ", "),
                strings.minutesShort(c.minuten.totaal(dilemmas: c.dilemmas.count)),
            ]
        }
        return TextTable.render(header: header, rows: rows)
    }

    private func jsonText(_ library: CaseLibrary) -> String {
        let items = library.cases.map { loaded -> LogValue in
            let c = loaded.casus
            return .object([
                "id": .string(c.id), "titel": .string(c.titel), "bestand": .string(loaded.file),
                "organisatie": .string(c.setting.organisatie), "wijk": .string(c.setting.wijk),
                "themas": .array(c.themas.map { .string($0) }), "factoren": .array(c.factorIDs.map { .string($0) }),
                "minuten": .int(c.minuten.totaal(dilemmas: c.dilemmas.count)),
                "inhoudswaarschuwing": c.inhoudswaarschuwing.map { .string($0) } ?? .null,
                "teaser": c.teaser.map { .string($0) } ?? .null, "samenvatting": .string(c.samenvatting),
                "kortMinuten": c.kort.map { .int($0.totaal) } ?? .null,
                "trainer": c.trainer.map { notes in
                    .object([
                        "achtergrond": .string(notes.achtergrond),
                        "regels": .array(notes.regels.map { .object(["regel": .string($0.regel), "bron": .string($0.bron)]) }),
                        "voorzieningen": notes.voorzieningen.map { .string($0) } ?? .null,
                        "discussie": notes.discussie.map { .string($0) } ?? .null,
                    ])
                } ?? .null,
            ])
        }
        return LogValue.array(items).prettyJSON() + "\n"
    }
}
