import Testing

@testable import CasusCore

@Suite("JSON-parser met posities")
struct JSONParserTests {
    @Test("onthoudt regel en kolom van sleutels en waarden, ook na diakrieten")
    func positions() throws {
        let text = "{\n  \"één\": \"café\", \"b\": [1,\n    true]\n}"
        let root = try JSONParser.parse(text)
        guard case .object(let members) = root.kind else {
            Issue.record("geen object")
            return
        }
        #expect(root.location == SourceLocation(line: 1, column: 1))
        #expect(members[0].key == "één")
        #expect(members[0].keyLocation == SourceLocation(line: 2, column: 3))
        #expect(members[0].value.location == SourceLocation(line: 2, column: 10))
        #expect(members[1].keyLocation == SourceLocation(line: 2, column: 18))
        guard case .array(let items) = members[1].value.kind else {
            Issue.record("geen array")
            return
        }
        #expect(items[1].location == SourceLocation(line: 3, column: 5))
    }

    @Test("decodeert escapes en surrogaatparen")
    func escapes() throws {
        let root = try JSONParser.parse(#"["a\"b\\c\/d\n", "\u00e9\ud83d\ude00"]"#)
        guard case .array(let items) = root.kind, case .string(let first) = items[0].kind,
            case .string(let second) = items[1].kind
        else {
            Issue.record("onverwachte structuur")
            return
        }
        #expect(first == "a\"b\\c/d\n")
        #expect(second == "é😀")
    }

    @Test("accepteert een byte-order mark aan het begin")
    func byteOrderMark() throws {
        let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(root.type == .object)
        #expect(root.location == SourceLocation(line: 1, column: 1))
    }

    @Test("houdt grote getallen als tekst vast in plaats van af te ronden")
    func hugeNumbers() throws {
        let digits = String(repeating: "9", count: 400)
        let root = try JSONParser.parse("[\(digits), 1e999, -0.5]")
        guard case .array(let items) = root.kind, case .number(let literal) = items[0].kind else {
            Issue.record("onverwachte structuur")
            return
        }
        #expect(literal == digits)
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let reason: JSONParseError.Reason
        let line: Int
        let column: Int
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ reason: JSONParseError.Reason, _ line: Int, _ column: Int) {
            self.init(name, Array(text.utf8), reason, line, column)
        }

        init(_ name: String, _ bytes: [UInt8], _ reason: JSONParseError.Reason, _ line: Int, _ column: Int) {
            self.name = name
            self.bytes = bytes
            self.reason = reason
            self.line = line
            self.column = column
        }
    }

    static let malformed: [Malformed] = [
        Malformed("leeg bestand", "", .empty, 1, 1),
        Malformed("alleen witruimte", "  \n ", .empty, 2, 2),
        Malformed("afgebroken object", "{\n  \"titel\": \"half", .unexpectedEnd, 2, 17),
        Malformed("afgebroken na komma", "{\"a\": 1,", .unexpectedEnd, 1, 9),
        Malformed("komma na laatste veld", "{\"a\": 1,\n}", .trailingComma, 2, 1),
        Malformed("komma na laatste element", "[1, 2, ]", .trailingComma, 1, 8),
        Malformed("ontbrekende komma", "{\"a\": 1\n \"b\": 2}", .missingComma, 2, 2),
        Malformed("ongeldige escape", #"{"a": "x\q"}"#, .invalidEscape("\\q"), 1, 9),
        Malformed("losse hoge surrogaat", #"["\ud800"]"#, .loneSurrogate, 1, 3),
        Malformed("losse lage surrogaat", #"["\udc00x"]"#, .loneSurrogate, 1, 3),
        Malformed("ongeldige UTF-8 (0xFF)", [0x5B, 0x22, 0x61, 0xFF, 0x22, 0x5D], .invalidUTF8, 1, 4),
        Malformed("overlong UTF-8", [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D], .invalidUTF8, 1, 3),
        Malformed("gecodeerde surrogaat in UTF-8", [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D], .invalidUTF8, 1, 3),
        Malformed("afgekapte UTF-8 aan het eind", [0x5B, 0x22, 0xC3], .invalidUTF8, 1, 3),
        Malformed("tab in tekst", "[\"a\tb\"]", .controlCharacterInString(9), 1, 4),
        Malformed("ESC rauw in tekst", "[\"a\u{1B}[2J\"]", .controlCharacterInString(0x1B), 1, 4),
        Malformed("C1-stuurteken rauw in tekst", "[\"a\u{9B}2J\"]", .controlCharacterInString(0x9B), 1, 4),
        Malformed("dubbele sleutel", "{\"id\": \"a\",\n \"id\": \"b\"}", .duplicateKey("id"), 2, 2),
        Malformed("tekst na het einde", "{} {}", .trailingContent, 1, 4),
        Malformed("voorloopnul", "[01]", .invalidNumber("01"), 1, 2),
        Malformed("NaN", "[NaN]", .unexpectedCharacter("N"), 1, 2),
        Malformed("enkele aanhalingstekens", "{'a': 1}", .expectedKey, 1, 2),
        Malformed("dubbele punt ontbreekt", "{\"a\" 1}", .expectedColon, 1, 6),
        Malformed("commentaar", "{// x\n}", .expectedKey, 1, 2),
        Malformed("half woord true", "[tru]", .unexpectedCharacter("t"), 1, 2),
    ]

    @Test("meldt precies waar en wat er mis is", arguments: malformed)
    func reportsMalformed(_ sample: Malformed) {
        #expect(throws: JSONParseError(sample.reason, at: SourceLocation(line: sample.line, column: sample.column))) {
            try JSONParser.parse(sample.bytes)
        }
    }

    @Test("weigert 100 000 geneste haken zonder de stack op te blazen")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError(.tooDeep(limit: JSONParser.defaultMaxDepth), at: SourceLocation(line: 1, column: 65))) {
            try JSONParser.parse(text)
        }
        let objects = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(objects) }
    }

    @Test("kolommen blijven kloppen op één lange regel")
    func longSingleLine() throws {
        let items = (0..<5000).map { "\"é\($0)\"" }.joined(separator: ",")
        let root = try JSONParser.parse("[" + items + "]")
        guard case .array(let values) = root.kind else {
            Issue.record("geen array")
            return
        }
        // Each element before index i takes its text plus a comma; all scalars count as one column.
        let expected = 2 + (0..<4999).reduce(0) { $0 + "\"é\($1)\"".unicodeScalars.count + 1 }
        #expect(values[4999].location == SourceLocation(line: 1, column: expected))
    }
}
