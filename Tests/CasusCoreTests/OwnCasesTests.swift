import CasusIO
import TestSupport
import Testing

@testable import CasusCore

/// A user's own folder beside the shipped library: listed after it, checked against the
/// shipped taxonomy, and on a shared id the own case is played, with a warning.
@Suite("Eigen casussen naast de bibliotheek")
struct OwnCasesTests {
    static let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")

    /// The fixture under another id (and file name) and title.
    static func variant(id: String, title: String) -> String {
        text.replacingOccurrences(of: #""id": "proef-casus""#, with: #""id": "\#(id)""#)
            .replacingOccurrences(of: #""titel": "Proefcasus""#, with: #""titel": "\#(title)""#)
    }

    @Test("een eigen casus staat na de meegeleverde; bij hetzelfde id wint de eigen, met een waarschuwing")
    func ownCaseWins() throws {
        let shipped = TempDirectory.proefLibrary()
        shipped.write("tweede.json", Self.variant(id: "tweede", title: "Tweede"))
        let own = TempDirectory("eigen")
        let replacing = own.write("proef-casus.json", Self.variant(id: "proef-casus", title: "Mijn versie"))
        own.write("eigen-casus.json", Self.variant(id: "eigen-casus", title: "Eigen casus"))

        let library = LibraryLoader.load(paths: [shipped.path], ownCases: own.path)

        #expect(library.cases.map(\.casus.id) == ["tweede", "eigen-casus", "proef-casus"])
        #expect(library.casus("proef-casus")?.casus.titel == "Mijn versie")
        #expect(library.casus("proef-casus")?.file == replacing)
        let line = try #require(position(of: #""proef-casus""#, in: Self.text))
        let expected = Diagnostic(
            file: replacing, location: SourceLocation(line: line.line, column: line.column), path: "id",
            problem: .replacesCase("proef-casus", replacedFile: shipped.path + "/proef-casus.json"), severity: .warning)
        // The fixture is a format-1 case: each file also carries the notice that migreer converts it.
        let others = library.diagnostics.filter { if case .formatVersion1 = $0.problem { false } else { true } }
        #expect(others == [expected])
        #expect(library.replacements == [expected])
        #expect(library.errorCount == 0)
        #expect(library.taxonomy != nil)
    }

    @Test("zonder eigen map alleen de bibliotheek; een eigen casus met fouten vervangt niets")
    func brokenOwnCaseReplacesNothing() throws {
        let shipped = TempDirectory.proefLibrary()
        #expect(LibraryLoader.load(paths: [shipped.path]).cases.map(\.casus.id) == ["proef-casus"])

        let own = TempDirectory("eigen")
        let broken = own.write("proef-casus.json", Self.text.replacingOccurrences(of: #""score": 3"#, with: #""score": 9"#))
        let library = LibraryLoader.load(paths: [shipped.path], ownCases: own.path)

        #expect(library.cases.map(\.file) == [shipped.path + "/proef-casus.json"])
        #expect(library.replacements.isEmpty)
        #expect(library.errorCount > 0)
        #expect(library.diagnostics.filter { $0.severity == .error }.allSatisfy { $0.file == broken })
    }
}
