import Foundation
import TestSupport
import Testing

/// A course designer's own folder, outside the program's: `nieuw` writes there,
/// `list` and `validate` read it, other JSON is skipped with a notice, and nothing
/// lands in the program's own `Cases/`.
@Suite("Een eigen map van een cursusontwerper")
struct CourseDesignerTests {
    let folder = TempDirectory("ontwerper")
    let home = TempDirectory("thuis")

    var environment: [String: String] { ["HOME": home.path, "XDG_DATA_HOME": home.path + "/data", "TZ": "UTC"] }

    func run(_ arguments: [String], in directory: String? = nil) throws -> ProcessResult {
        try ProcessRunner.run(
            Binary.path, arguments, environment: environment, removing: ["CASUSSPEL_CASES"], workingDirectory: directory ?? folder.path)
    }

    /// Every file under the program's `Cases/` with its size and modification time.
    static func programCases() -> [String: String] {
        let root = PackagePaths.cases
        var listing: [String: String] = [:]
        let files = FileManager.default
        for case let name as String in files.enumerator(atPath: root)! {
            let attributes = (try? files.attributesOfItem(atPath: root + "/" + name)) ?? [:]
            listing[name] = "\(attributes[.size] ?? "?") \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return listing
    }

    func copyFixture(_ id: String, to directory: String? = nil) throws {
        try FileManager.default.copyItem(atPath: PackagePaths.cases + "/\(id).json", toPath: (directory ?? folder.path) + "/\(id).json")
    }

    @Test("nieuw in een lege map: het bestand en een kopie van het schema daar, \"$schema\" wijst ernaar")
    func newInEmptyFolder() throws {
        let before = Self.programCases()
        let made = try run(["nieuw", "mijn-casus"])
        #expect(made.status == 0, "\(made.stderr)")
        let text = readText(folder.path + "/mijn-casus.json")
        #expect(text.contains(#""$schema": "schema/case.schema.json""#))
        #expect(readText(folder.path + "/schema/case.schema.json") == readText(PackagePaths.cases + "/schema/case.schema.json"))
        // A second case leaves the schema as the designer may have it.
        let again = try run(["nieuw", "tweede-casus"])
        #expect(again.status == 0 && !again.stdout.contains("Schema gekopieerd"))
        #expect(Self.programCases() == before)
    }

    @Test("./Cases gaat voor: nieuw schrijft daarin, list en validate lezen daaruit")
    func casesSubfolder() throws {
        let cases = folder.path + "/Cases"
        try FileManager.default.createDirectory(atPath: cases, withIntermediateDirectories: true)
        let made = try run(["nieuw", "mijn-casus"])
        #expect(made.status == 0 && FileManager.default.fileExists(atPath: cases + "/mijn-casus.json"), "\(made.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/mijn-casus.json"))
        try copyFixture("een-eigen-plek-in-transvaal", to: cases)
        let list = try run(["list", "--json"])
        #expect(list.stdout.contains("een-eigen-plek-in-transvaal") && !list.stdout.contains("mantelzorg-voor-vader"), "\(list.stdout)")
        #expect(list.stderr.hasPrefix("Casussen uit Cases\n"), "\(list.stderr)")
    }

    @Test("list en validate lezen de casussen in de map; andere JSON wordt met één regel overgeslagen")
    func readsTheFolder() throws {
        try copyFixture("een-eigen-plek-in-transvaal")
        folder.write("instellingen.json", #"{"editor": "vim", "thema": "donker"}"#)
        folder.write("kapot-maar-casus.json", #"{"$schema": "schema/case.schema.json", "id": "x""#)
        let check = try run(["validate"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("overgeslagen: instellingen.json is geen casus"), "\(check.stderr)")
        #expect(!check.stdout.contains("instellingen.json"), "\(check.stdout)")
        #expect(check.stdout.contains("kapot-maar-casus.json:1:"), "\(check.stdout)")
        #expect(check.stdout.contains("4 bestanden, 1 casus: 1 fout"), "\(check.stdout)")
        let list = try run(["list", "--json"])
        #expect(list.stdout.contains("een-eigen-plek-in-transvaal"))
        #expect(!list.stdout.contains("mantelzorg-voor-vader-in-escamp"), "the program's library is not mixed in")
    }

    @Test("de factoren en pijlers uit de map als die ze heeft, anders die van het programma")
    func taxonomyFromTheFolder() throws {
        try copyFixture("een-eigen-plek-in-transvaal")
        let shipped = try run(["validate"])
        #expect(shipped.status == 0, "\(shipped.stdout)")
        // A folder taxonomy without the factors the case uses: the case is now checked against that.
        let factoren = readText(PackagePaths.cases + "/factoren.json")
        folder.write("factoren.json", factoren.replacing(#""id": "gezin""#, with: #""id": "gezin-anders""#))
        try FileManager.default.copyItem(atPath: PackagePaths.cases + "/pijlers.json", toPath: folder.path + "/pijlers.json")
        #expect(readText(folder.path + "/factoren.json") != factoren)
        let own = try run(["validate"])
        #expect(own.status == 1 && own.stdout.contains("gezin"), "\(own.stdout)")
    }

    @Test("een map zonder casussen: de bibliotheek van het programma, zoals altijd")
    func noCasesUsesTheLibrary() throws {
        folder.write("instellingen.json", #"{"editor": "vim"}"#)
        let list = try run(["list", "--json"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("mantelzorg-voor-vader-in-escamp"), "\(list.stdout.prefix(200))")
        #expect(!list.stderr.contains("overgeslagen"))
    }

    @Test("tmux: nieuw, validate en play --case in een lege map buiten de repository; niets in de Cases/ van het programma")
    func wholeFlowInTmux() throws {
        let before = Self.programCases()
        let logs = TempDirectory("ontwerp-logs")
        try copyFixture("een-eigen-plek-in-transvaal")
        let exports = environment.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let binary = "env -u CASUSSPEL_CASES \(exports) \(Binary.path)"
        let tmux = try Tmux(
            width: 80, height: 24,
            command: "cd \(folder.path) && \(binary) nieuw mijn-casus > nieuw.uit 2>&1; \(binary) validate > validate.uit 2>&1; "
                + "\(binary) play --case een-eigen-plek-in-transvaal.json --groups A,B --log-dir \(logs.path)")
        try tmux.firstScreen(expecting: "Een eigen plek")
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
        #expect(readText(folder.path + "/nieuw.uit").contains("mijn-casus.json aangemaakt"))
        let validate = readText(folder.path + "/validate.uit")
        #expect(validate.contains("mijn-casus.json:5:12: titel: bevat nog sjabloontekst"), "\(validate)")
        #expect(!validate.contains("een-eigen-plek-in-transvaal.json:"), "\(validate)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/schema/case.schema.json"))
        let log = try #require(try FileManager.default.contentsOfDirectory(atPath: logs.path).first { $0.hasSuffix(".jsonl") })
        #expect(readText(logs.path + "/" + log).contains("een-eigen-plek-in-transvaal"))
        #expect(Self.programCases() == before)
    }
}
