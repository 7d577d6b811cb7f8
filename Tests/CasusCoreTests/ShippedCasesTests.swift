import CasusIO
import Foundation
import TestSupport
import Testing

@testable import CasusCore

/// The shipped library must pass both the Swift validator and the JSON Schema
/// that editors use, and a broken case must fail both: the two must not drift.
@Suite("Meegeleverde casussen en JSON Schema")
struct ShippedCasesTests {
    static let caseFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.cases)) ?? []
        return names.filter { $0.hasSuffix(".json") && !CaseFile.isTaxonomyFile($0) }.sorted()
    }()

    @Test("de bibliotheek is geldig, zonder waarschuwingen")
    func libraryIsValid() {
        let library = LibraryLoader.load(paths: [PackagePaths.cases])
        // While the shipped cases are rewritten to format 2, a format-1 file still carries its notice; nothing else may.
        let unexpected = library.diagnostics.filter { !$0.isFormatNotice }
        #expect(unexpected.isEmpty, "\(unexpected.map { $0.formatted(.nl) })")
        #expect(library.cases.count == Self.caseFiles.count)
        #expect(library.cases.count >= 3)
        #expect(library.taxonomy?.factoren.count == 12)
        #expect(library.taxonomy?.pijlers.map(\.id) == ["bereik", "werkwijze", "competenties", "randvoorwaarden"])
    }

    @Test("elke casus verwijst naar het schema en heeft een dilemma per pijler", arguments: caseFiles)
    func caseShape(_ name: String) throws {
        let text = readText(PackagePaths.cases + "/" + name)
        #expect(text.contains(#""$schema": "schema/case.schema.json""#))
        let library = LibraryLoader.load(paths: [PackagePaths.cases + "/" + name])
        let casus = try #require(library.cases.first?.casus)
        #expect(casus.dilemmas.map(\.pijler) == library.taxonomy?.pijlers.map(\.id))
        // The standard for case content: several factors at once, at least one invisible that matters.
        #expect(casus.factorIDs.count >= 2)
        #expect(casus.referentie(voor: .client).contains { $0.zichtbaarheid == .onzichtbaar })
        #expect(!casus.referentie(voor: .professional).isEmpty)
    }

    @Test("de bibliotheek dekt elke factor, elk thema en laat de beste optie niet raden")
    func libraryStandard() throws {
        let library = LibraryLoader.load(paths: [PackagePaths.cases])
        let cases = library.cases.map(\.casus)
        #expect(cases.count >= 12)
        let coverage = Coverage(library: library)
        #expect(coverage.thinFactors(minimum: 2).isEmpty, "\(coverage.thinFactors().map(\.id))")
        // The help requests the training covers, each in at least one case.
        let themes = Set(cases.flatMap(\.themas))
        for theme in ["schulden", "mantelzorg", "jeugd", "wonen", "eenzaamheid", "werk en inkomen", "opvoeding", "gezondheid"] {
            #expect(themes.contains(theme), "thema \(theme)")
        }
        // Several put the professional's own diversity in the frame: every case names at least one.
        #expect(cases.allSatisfy { !$0.referentie(voor: .professional).isEmpty })
        // Scores must not be guessable: no rule of surface (length rank, position, a frequent word) earns
        // more than 0.35 points per dilemma above a random pick, and visibility is not the taxonomy's default.
        let checks = LibraryChecks(cases: cases, taxonomy: try #require(library.taxonomy))
        #expect(checks.predictiveRules.isEmpty, "\(checks.predictiveRules)")
        #expect(!checks.tooManyDefaultCalls, "\(checks.visibility)")
        #expect(checks.dilemmaCount == cases.flatMap(\.dilemmas).count)
        // At least one shipped case shows the content note, so trainers see how it works.
        #expect(cases.contains { $0.inhoudswaarschuwing != nil })
    }

    @Test("elk meegeleverd bestand voldoet aan zijn JSON Schema (draft 2020-12)")
    func schemaAcceptsShippedFiles() throws {
        let result = try SchemaCheck.run(
            files: Self.caseFiles.map { PackagePaths.cases + "/" + $0 }
                + ["factoren.json", "pijlers.json"].map { PackagePaths.cases + "/" + $0 })
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.checked == Self.caseFiles.count + 2)
    }

    @Test(
        "een kapotte casus faalt voor schema én validator",
        arguments: [
            (#""score": 3"#, #""score": 7"#),
            (#""rol": "client""#, #""rol": "cliënt""#),
            (#""titel": "Proefcasus""#, #""titel": "Proef\u001bcasus""#),
            (#""schemaVersion": 1,"#, #""schemaVersion": 1, "titl": "x","#),
        ])
    func brokenFailsBoth(_ find: String, _ replace: String) throws {
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        let dir = TempDirectory().withShippedTaxonomy()
        try FileManager.default.createDirectory(atPath: dir.path + "/schema", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: PackagePaths.cases + "/schema/case.schema.json", toPath: dir.path + "/schema/case.schema.json")
        let good = dir.write("proef-casus.json", text.replacingOccurrences(of: "../../../Cases/schema/", with: "schema/"))
        #expect(try SchemaCheck.run(files: [good]).failures.isEmpty)
        #expect(LibraryLoader.load(paths: [good]).errorCount == 0)

        let broken = readText(good).replacingOccurrences(of: find, with: replace)
        #expect(broken != readText(good))
        dir.write("proef-casus.json", broken)
        #expect(try SchemaCheck.run(files: [good]).failures.count == 1)
        #expect(LibraryLoader.load(paths: [good]).errorCount >= 1)
    }
}

/// Runs the reference JSON Schema implementation (Python's `jsonschema`, the one
/// editors' validators are tested against) on files that name their schema.
enum SchemaCheck {
    struct Result {
        var checked: Int
        var failures: [String]
    }

    static let script = """
        import json, os, sys
        from jsonschema import Draft202012Validator
        checked, failed = 0, []
        for path in sys.argv[1:]:
            doc = json.load(open(path, encoding="utf-8"))
            schema_path = os.path.join(os.path.dirname(path), doc["$schema"])
            schema = json.load(open(schema_path, encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
            errors = list(Draft202012Validator(schema).iter_errors(doc))
            checked += 1
            if errors:
                failed.append(path + ": " + "; ".join(e.message[:120] for e in errors[:3]))
        print(json.dumps({"checked": checked, "failures": failed}))
        """

    static func run(files: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + files
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let checked = json["checked"] as? Int, let failures = json["failures"] as? [String]
        else {
            throw SchemaCheckUnavailable(message: String(decoding: errors, as: UTF8.self))
        }
        return Result(checked: checked, failures: failures)
    }

    struct SchemaCheckUnavailable: Error, CustomStringConvertible {
        let message: String
        var description: String {
            "python3 met jsonschema is nodig voor de schematest (pip install jsonschema): \(message)"
        }
    }
}
