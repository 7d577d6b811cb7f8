import ArgumentParser
import CasusCore
import CasusTUI
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Toont de casussen als tabel (of als JSON met --json)."
    )

    @Argument(help: "Map of casusbestanden (standaard: Cases/).")
    var paths: [String] = []

    @Flag(help: "Uitvoer als JSON, voor scripts.")
    var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        let library = try CasesLocation.loadLibrary(paths: paths, strings: strings)
        for diagnostic in library.diagnostics where diagnostic.severity == .error {
            FileOutput.standardError.write(diagnostic.formatted(strings) + "\n")
        }
        FileOutput.standardOutput.write(json ? try jsonText(library) : table(library, strings))
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

    private func jsonText(_ library: CaseLibrary) throws -> String {
        let items = library.cases.map { loaded -> [String: Any] in
            let c = loaded.casus
            return [
                "id": c.id, "titel": c.titel, "bestand": loaded.file,
                "organisatie": c.setting.organisatie, "wijk": c.setting.wijk,
                "themas": c.themas, "factoren": c.factorIDs,
                "minuten": c.minuten.totaal(dilemmas: c.dilemmas.count),
                "inhoudswaarschuwing": c.inhoudswaarschuwing as Any? ?? NSNull(),
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
