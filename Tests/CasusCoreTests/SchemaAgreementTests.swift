import CasusIO
import Foundation
import TestSupport
import Testing

@testable import CasusCore

/// The JSON Schema (what an editor shows while typing) and the validator (what
/// `casusspel validate` says) agree on every rule a schema can express. Each edge
/// value goes into a valid case at one place; both must call the result valid, or
/// both invalid. Left out, because a schema cannot say them: which factor and
/// pillar ids exist (the taxonomy is a file of its own), one dilemma per pillar,
/// duplicate keys (gone before a schema sees the document), the file name.
@Suite("Schema en validator zijn het eens")
struct SchemaAgreementTests {
    /// One change to the proef case: `token` is raw JSON put at `path`; nil removes the member.
    struct Edge: Sendable, CustomTestStringConvertible {
        let path: [PathPart]
        let token: String?
        var testDescription: String { path.map(\.description).joined(separator: ".") + " = " + (token ?? "weg") }
    }

    enum PathPart: Sendable, CustomStringConvertible {
        case key(String)
        case index(Int)
        var description: String {
            switch self {
            case .key(let key): key
            case .index(let index): "[\(index)]"
            }
        }
    }

    static func edges(_ path: String, _ tokens: [String?]) -> [Edge] {
        let parts = path.split(separator: ".").map { part -> PathPart in
            Int(part).map(PathPart.index) ?? .key(String(part))
        }
        return tokens.map { Edge(path: parts, token: $0) }
    }

    static let texts = [
        #""""#, #""   ""#, #""\u00a0""#, #""\u200b""#, #""\u200d""#, #""\u202e\u2066""#, #""a\u0007b""#, #""a\u001b]0;x\u0007""#,
        #""a\u009bb""#, #""a\u007fb""#, #""regel\nregel""#, #""a\u202eb""#, #""👍🏽 🇳🇱 👩‍👩‍👧""#, #""«vul in: iets»""#,
        "\"" + String(repeating: "lang ", count: 2000) + "\"", "3", "null", "[]", "{}", "true",
    ]

    static let numbers = [
        "0", "1", "3", "3.0", "3.5", "4", "-1", "-0", "1e0", "30e-1", "0.3e1", "1E1", "1e400", "12345678901234567890", #""3""#, "true",
        "null", "[3]",
    ]

    static let all: [Edge] =
        edges("schemaVersion", ["1", "1.0", "10e-1", "2", "0", #""1""#, "null"])
        + edges("$schema", ["3", #""elders.json""#])
        + edges(
            "id", [#""Proef""#, #""proef--casus""#, #""-proef""#, #""proef_casus""#, "5", "\"" + String(repeating: "a", count: 65) + "\""])
        + edges("titel", texts) + edges("samenvatting", [#""""#, "null"]) + edges("setting.wijk", texts)
        + edges("setting", ["[]", #""Laak""#, #"{"organisatie": "Laak"}"#, #"{"organisatie": "a", "wijk": "b", "extra": 1}"#])
        + edges("setting.$schema", [#""x""#]) + edges("extra", ["1"])
        + edges("themas", ["[]", #"["schulden"]"#, #"[""]"#, "null", #""schulden""#])
        + edges("themas", [#"["a\u0007"]"#, #"["\u200b"]"#])
        + edges("inhoudswaarschuwing", [#""Let op""#, #""""#, "null", #""a\u001bb""#])
        + edges("verhaal", ["[]", #"[""]"#, #"["a", "b"]"#, #""een alinea""#]) + edges("verhaal.0", texts)
        + edges("personen", ["[]", "{}"]) + edges("personen.1", [nil])
        + edges("personen.0.rol", [#""naaste""#, #""professional""#, #""cliënt""#, #""Client""#, #""""#, "1", "null"])
        + edges("personen.1.rol", [#""client""#, #""naaste""#])
        + edges("personen.0.naam", texts) + edges("personen.0.extra", ["1"]) + edges("personen.0.beschrijving", [nil])
        + edges("personen.0.factoren", ["[]", "{}"])
        + edges("personen.0.factoren.0.factor", [#""Leeftijd""#, #""""#, "7"])
        + edges("personen.0.factoren.0.zichtbaarheid", [#""half""#, #""Zichtbaar""#, "true"])
        + edges("personen.0.factoren.0.toelichting", [nil, #""""#, #""a\u0085""#])
        + edges("personen.0.factoren.0.valkuil", [#""Denkt dat het leeftijd is.""#, #""""#, #""\u2060""#, "null"])
        + edges("personen.0.factoren.0.extra", [#""x""#])
        + edges("knelpunten", ["[]", #"[{"tekst": "Eén", "kant": "inwoner"}]"#]) + edges("knelpunten.0.tekst", texts)
        + edges("knelpunten.0.kant", [#""burger""#, #""professional""#, "null"])
        + edges("dilemmas", ["[]", "{}"]) + edges("dilemmas.0.vraag", [#""""#, nil]) + edges("dilemmas.0.extra", ["[]"])
        + edges("dilemmas.0.pijler", [#""Bereik""#, "1"])
        + edges("dilemmas.0.opties.2", [nil])
        + edges(
            "dilemmas.0.opties",
            [
                #"[{"tekst": "Een", "score": 3, "feedback": "a"}, {"tekst": "Twee", "score": 2, "feedback": "b"}, {"tekst": "Drie", "score": 1, "feedback": "c"}, {"tekst": "Vier", "score": 0, "feedback": "d"}]"#,
                #"[{"tekst": "Een", "score": 3, "feedback": "a"}, {"tekst": "Twee", "score": 2, "feedback": "b"}, {"tekst": "Drie", "score": 1, "feedback": "c"}, {"tekst": "Vier", "score": 0, "feedback": "d"}, {"tekst": "Vijf", "score": 0, "feedback": "e"}]"#,
                #"[{"tekst": "Een", "score": 2, "feedback": "a"}, {"tekst": "Twee", "score": 1, "feedback": "b"}, {"tekst": "Drie", "score": 0, "feedback": "c"}]"#,
                #"[{"tekst": "Een", "score": 3.0, "feedback": "a"}, {"tekst": "Twee", "score": 1, "feedback": "b"}, {"tekst": "Drie", "score": 0, "feedback": "c"}]"#,
                #"[{"tekst": "Een", "score": 2.5, "feedback": "a"}, {"tekst": "Twee", "score": 1, "feedback": "b"}, {"tekst": "Drie", "score": 0, "feedback": "c"}]"#,
            ])
        + edges("dilemmas.0.opties.1.score", numbers) + edges("dilemmas.0.opties.0.score", ["2", "3.0", "2.0"])
        + edges("dilemmas.0.opties.1.tekst", texts) + edges("dilemmas.0.opties.1.feedback", [nil, #""""#])
        + edges("dilemmas.0.opties.1.extra", ["1"])
        + edges("reflectie", ["[]", #"["a", "b"]"#]) + edges("minuten.verhaal", numbers + ["60", "61", "6e1", "1e2", "60.5"])
        + edges("minuten", ["5", "{}"]) + edges("minuten.pijler", [nil]) + edges("minuten.extra", ["1"])

    static let marker = "\u{1}RAW\u{1}"

    /// The proef case with `edge` applied, as JSON text; the id decides the file name, as the validator requires.
    static func variant(_ edge: Edge) throws -> String {
        let base = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        let root = try JSONSerialization.jsonObject(with: Data(base.utf8))
        let changed = set(root, at: edge.path[...], to: edge.token.map { _ in marker })
        let data = try JSONSerialization.data(withJSONObject: changed, options: [.sortedKeys])
        let text = String(decoding: data, as: UTF8.self)
        return edge.token.map { text.replacingOccurrences(of: "\"\\u0001RAW\\u0001\"", with: $0) } ?? text
    }

    static func set(_ node: Any, at path: ArraySlice<PathPart>, to value: Any?) -> Any {
        guard let first = path.first else { return value ?? NSNull() }
        switch first {
        case .key(let key):
            var object = node as! [String: Any]
            if path.count == 1 {
                object[key] = value
            } else {
                object[key] = set(object[key]!, at: path.dropFirst(), to: value)
            }
            return object
        case .index(let index):
            var array = node as! [Any]
            if path.count == 1, value == nil {
                array.remove(at: index)
            } else {
                array[index] = set(array[index], at: path.dropFirst(), to: value)
            }
            return array
        }
    }

    @Test("elke randwaarde: schema en validator geven hetzelfde oordeel")
    func agree() throws {
        let taxonomy = try #require(LibraryLoader.loadTaxonomy(in: PackagePaths.cases).0)
        let dir = TempDirectory("schema-eens")
        var files: [String] = []
        var validator: [Bool] = []
        for (index, edge) in Self.all.enumerated() {
            let text = try Self.variant(edge)
            let file = dir.write("variant-\(index).json", text)
            files.append(file)
            let id = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["id"] as? String
            let decoded = CaseFile.decodeCase(Array(text.utf8), file: file, fileName: (id ?? "proef-casus") + ".json", taxonomy: taxonomy)
            validator.append(!decoded.diagnostics.contains { $0.severity == .error })
        }
        let schema = try SchemaVerdicts.run(schema: PackagePaths.cases + "/schema/case.schema.json", files: files)
        try #require(schema.count == files.count)
        #expect(validator.contains(true) && validator.contains(false))
        for (index, edge) in Self.all.enumerated() where validator[index] != schema[index] {
            Issue.record(
                "\(edge.testDescription): validator \(validator[index] ? "geldig" : "ongeldig"), schema \(schema[index] ? "geldig" : "ongeldig")"
            )
        }
    }
}

/// Python's `jsonschema` (the reference implementation) on many files against one schema: valid or not, per file.
enum SchemaVerdicts {
    static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        print(json.dumps([validator.is_valid(json.load(open(p, encoding="utf-8"))) for p in sys.argv[2:]]))
        """

    static func run(schema: String, files: [String]) throws -> [Bool] {
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, schema] + files, timeout: 60)
        guard result.status == 0, let verdicts = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Bool] else {
            throw SchemaCheck.SchemaCheckUnavailable(message: result.stderr)
        }
        return verdicts
    }
}

@Suite("Gehele getallen naar waarde")
struct WholeNumberTests {
    @Test("3.0, 30e-1 en 0.3e1 zijn 3; 3.5 en 1e-1 niet; 1e400 is te groot, nooit een crash")
    func values() {
        #expect(WholeNumber("3.0") == .value(3))
        #expect(WholeNumber("30e-1") == .value(3))
        #expect(WholeNumber("0.3e1") == .value(3))
        #expect(WholeNumber("-0.0") == .value(0))
        #expect(WholeNumber("-2E+1") == .value(-20))
        #expect(WholeNumber("3.5") == .fractional)
        #expect(WholeNumber("1e-1") == .fractional)
        #expect(WholeNumber("1e400") == .huge)
        #expect(WholeNumber("1e-400") == .fractional)
        #expect(WholeNumber("123456789012345678901234567890") == .huge)
        #expect(WholeNumber("1" + String(repeating: "0", count: 30) + "e-30") == .value(1))
        #expect(WholeNumber("1e99999999999999999999") == .huge)
    }
}
