import Foundation
import TestSupport
import Testing

/// `casusspel validate` as a course designer and CI use it: real binary, real files.
@Suite("casusspel validate")
struct ValidateCommandTests {
    @Test("de meegeleverde casussen zijn geldig: exitcode 0")
    func shippedLibrary() throws {
        let result = try ProcessRunner.run(Binary.path, ["validate"], workingDirectory: PackagePaths.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.cases)
            .filter { $0.hasSuffix(".json") && $0 != "factoren.json" && $0 != "pijlers.json" }
        let cases = names.count
        // While the shipped cases are rewritten to format 2, a format-1 file still gets its notice and the
        // library checks may warn; once every file is format 2, the output is the one summary line.
        let formatOne = names.filter { readText(PackagePaths.cases + "/" + $0).contains(#""schemaVersion": 1,"#) }
        if formatOne.isEmpty {
            #expect(result.stdoutLines == ["\(cases + 2) bestanden, \(cases) casussen: geldig"])
        } else {
            let notices = result.stdoutLines.filter { $0.contains("schemaVersion: waarschuwing: dit is casusformaat 1") }
            #expect(notices.count == formatOne.count)
            let rest = result.stdoutLines.dropLast().filter { !notices.contains($0) }
            #expect(rest.allSatisfy { $0.hasPrefix("waarschuwing: ") }, "\(rest)")
            #expect(
                result.stdoutLines.last == "\(cases + 2) bestanden, \(cases) casussen: geldig, \(notices.count + rest.count) waarschuwingen"
            )
        }
    }

    @Test("werkt ook vanuit een andere map, met Cases/ naast het programma")
    func fromElsewhere() throws {
        let result = try ProcessRunner.run(Binary.path, ["validate"], workingDirectory: "/")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("fouten: BESTAND:REGEL:KOLOM: VELD: melding, exitcode 1")
    func reportsErrors() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
            .replacingOccurrences(of: #""factor": "taal""#, with: #""factor": "tal""#)
            .replacingOccurrences(of: #""tekst": "Brief", "score": 0"#, with: #""tekst": "Brief", "score": 4"#)
        let file = dir.write("proef-casus.json", text)
        let factor = try #require(position(of: #""tal""#, in: text))
        let score = try #require(position(of: "4,", in: text))
        let result = try ProcessRunner.run(Binary.path, ["validate", dir.path])
        #expect(result.status == 1)
        let version = try #require(position(of: "1,", in: text))
        #expect(
            result.stdoutLines == [
                "\(file):\(version.line):\(version.column): schemaVersion: waarschuwing: dit is casusformaat 1; `casusspel migreer \(file)` "
                    + "zet het om naar formaat 2 (kaarten, cues, gewicht, expertvisie, trainersnotities)",
                "\(file):\(factor.line):\(factor.column): personen[0].factoren[1].factor: onbekende factor 'tal'; bedoelde je 'taal'?",
                "\(file):\(score.line):\(score.column): dilemmas[0].opties[1].score: 4 valt buiten het bereik; verwacht 0 t/m 3",
                "3 bestanden, 0 casussen: 2 fouten, 1 waarschuwing",
            ])
    }

    @Test("Engelse meldingen met --lang en")
    func english() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
            .replacingOccurrences(of: #""wijk": "Laakkwartier, Den Haag""#, with: #""wijk": """#)
        let file = dir.write("proef-casus.json", text)
        let result = try ProcessRunner.run(Binary.path, ["validate", "--lang", "en", dir.path])
        #expect(result.status == 1)
        #expect(
            result.stdoutLines.first?.hasSuffix(
                "schemaVersion: warning: this is case format 1; `casusspel migreer \(file)` "
                    + "converts it to format 2 (cards, cues, weights, expert views, trainer notes)") == true)
        #expect(result.stdoutLines.dropFirst().first?.hasSuffix("setting.wijk: text is empty; expected a non-empty text") == true)
        #expect(result.stdoutLines.last == "3 files, 0 cases: 1 error, 1 warning")
    }

    @Test(
        "verkeerd gebruik: exitcode 2", arguments: [["validate", "/bestaat/niet"], ["validate", "--onzin"], ["list", "/bestaat/niet"]])
    func usage(_ arguments: [String]) throws {
        let result = try ProcessRunner.run(Binary.path, arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    static let malformed: [(String, [UInt8])] = [
        ("afgebroken", Array(#"{"schemaVersion": 1, "id": "a"#.utf8)),
        ("komma-te-veel", Array("{\"a\": [1, 2,],}".utf8)),
        ("slechte-escape", Array(#"{"a": "\x41"}"#.utf8)),
        ("losse-surrogaat", Array(#"{"a": "\ud83d"}"#.utf8)),
        ("geen-utf8", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xE9, 0x22, 0x7D]),
        ("latin1-bestand", Array("{\"titel\": \"caf".utf8) + [0xE9] + Array("\"}".utf8)),
        ("diep-genest", Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
        ("groot-getal", Array("{\"schemaVersion\": 1\(String(repeating: "0", count: 5000))}".utf8)),
        ("leeg", []),
        ("alleen-bom", [0xEF, 0xBB, 0xBF]),
        ("nul-byte", [0x7B, 0x00, 0x7D]),
        ("array-in-plaats-van-object", Array("[1, 2, 3]".utf8)),
        ("tekst-na-einde", Array("{} extra".utf8)),
        ("enkele-quotes", Array("{'id': 'x'}".utf8)),
    ]

    @Test("kapotte JSON: één regel per bestand, nooit een crash of hang")
    func malformedJSON() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        for (name, bytes) in Self.malformed { dir.write(name + ".json", bytes: bytes) }
        let result = try ProcessRunner.run(Binary.path, ["validate", dir.path])
        #expect(!result.timedOut)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdoutLines
        #expect(lines.count == Self.malformed.count + 1, "\(lines)")
        for (name, _) in Self.malformed {
            let mine = lines.filter { $0.hasPrefix(dir.path + "/" + name + ".json:") }
            #expect(mine.count == 1, "\(name): \(mine)")
        }
        #expect(lines.last == "16 bestanden, 0 casussen: 14 fouten")
    }

    @Test("een bestand van 50 MB geeft één duidelijke regel")
    func hugeFile() throws {
        let dir = TempDirectory().withShippedTaxonomy()
        let path = dir.write("groot.json", "")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let result = try ProcessRunner.run(Binary.path, ["validate", path])
        #expect(result.status == 1)
        #expect(result.stdoutLines.first == "\(path):1:1: bestand is 50 MiB; een casusbestand mag hoogstens 1 MiB zijn")
    }
}
