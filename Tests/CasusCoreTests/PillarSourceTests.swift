import CasusCore
import Foundation
import CasusIO
import Testing
import TestSupport

/// pijlers.json may say where its names come from; the shipped list must, because a trainer
/// in front of a room is asked "says who?" about the four pillars.
@Suite("Bron van de pijlers")
struct PillarSourceTests {
    @Test("de meegeleverde pijlers noemen hun bron, met jaar en adres")
    func shippedListNamesItsSource() throws {
        let library = LibraryLoader.load(paths: [PackagePaths.cases])
        let bron = try #require(library.taxonomy?.pijlerBron)
        #expect(bron.contains("Wijkteams en diversiteit"))
        #expect(bron.contains("2017"))
        #expect(bron.contains("https://www.kis.nl/"))
    }

    @Test("zonder bron is de lijst geldig en zegt --dekking dat de bron ontbreekt")
    func sourceIsOptional() {
        let dir = TempDirectory().withShippedTaxonomy()
        let text = readText(dir.path + "/pijlers.json")
        let withoutSource = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("\"bron\"") }.joined(separator: "\n")
        #expect(withoutSource != text)
        dir.write("pijlers.json", withoutSource)
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(library.taxonomy != nil)
        #expect(library.taxonomy?.pijlerBron == nil)
        #expect(AuthoringStrings.nl.pillarSource(nil).contains("noemt geen bron"))
        #expect(AuthoringStrings.en.pillarSource("X") == "Source of the pillars: X")
    }

    @Test("een bron die geen tekst is, is een fout op zijn regel")
    func sourceMustBeText() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let text = readText(dir.path + "/pijlers.json")
            .replacingOccurrences(of: #""bron": "[^\n]*","#, with: #""bron": 2017,"#, options: .regularExpression)
        let file = dir.write("pijlers.json", text)
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(library.taxonomy == nil)
        let diagnostic = try #require(library.diagnostics.first)
        #expect(diagnostic.file == file)
        #expect(diagnostic.path == "bron")
        #expect(diagnostic.location.line == 4)
    }
}
