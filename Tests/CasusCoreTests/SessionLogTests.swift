import TestSupport
import Testing

@testable import CasusCore
import CasusIO

/// Reading a session log back, including the ways a log can be damaged.
@Suite("Sessielog teruglezen")
struct SessionLogTests {
    static let fixture = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl")

    func parse(_ text: String) -> Result<SessionLogReader.Contents, SessionLogError> {
        SessionLogReader.parse(Array(text.utf8), file: "s.jsonl")
    }

    @Test("een heel log: elke regel een gebeurtenis, niets afgekapt")
    func whole() throws {
        let contents = try parse(Self.fixture).get()
        #expect(contents.events.count == Self.fixture.split(separator: "\n").count)
        #expect(contents.truncatedBytes == 0)
        #expect(contents.wholeLength == Self.fixture.utf8.count)
        #expect(contents.events[1].type == "casus_start" && contents.events[1].event.data["inhoud"] == .string("8b3f8558ef9613b1"))
    }

    @Test("een halve laatste regel (stroom uitgevallen) wordt weggelaten en gemeld")
    func truncatedLastLine() throws {
        let partial = #"{"casus":"proef-casus","data":{"optie":"#
        let contents = try parse(Self.fixture + partial).get()
        #expect(contents.events.count == Self.fixture.split(separator: "\n").count)
        #expect(contents.truncatedBytes == partial.utf8.count)
        #expect(contents.wholeLength == Self.fixture.utf8.count)
    }

    @Test("een laatste regel zonder newline maar wel heel telt mee")
    func lastLineWithoutNewline() throws {
        let contents = try parse(String(Self.fixture.dropLast())).get()
        #expect(contents.events.count == Self.fixture.split(separator: "\n").count)
        #expect(contents.truncatedBytes == 0)
    }

    @Test("een kapotte regel midden in het log is een fout met regelnummer; alles ervoor blijft leesbaar")
    func corruptMiddle() throws {
        var lines = Self.fixture.split(separator: "\n").map(String.init)
        lines[4] = String(lines[4].prefix(30))
        let contents = try parse(lines.joined(separator: "\n") + "\n").get()
        guard case .corrupt(_, let line, let syntax) = contents.damage else {
            Issue.record("verwachtte corrupt, kreeg \(String(describing: contents.damage))")
            return
        }
        #expect(line == 5)
        #expect(syntax != nil)
        #expect(contents.events.map(\.line) == [1, 2, 3, 4])
    }

    @Test("een log van een nieuwere versie wordt geweigerd met een duidelijke melding")
    func newerVersion() throws {
        let next = SessionEvent.formatVersion + 1
        let newer = Self.fixture.replacing(#""v":2"#, with: "\"v\":\(next)")
        let result = parse(newer)
        #expect(result.failure == .newerVersion(file: "s.jsonl", line: 1, found: next))
        let message = Strings.nl.session.logError(try #require(result.failure), Strings.nl.describe)
        #expect(message.contains("formaatversie \(next)") && message.contains("t/m versie \(SessionEvent.formatVersion)"))
    }

    @Test("een bestand zonder sessie_start is geen sessielog")
    func notASession() {
        #expect(parse("{\"a\":1}\n").failure == .corrupt(file: "s.jsonl", line: 1, syntax: nil))
        #expect(parse("").failure == .notASession(file: "s.jsonl"))
        let withoutStart = Self.fixture.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(parse(withoutStart).failure == .notASession(file: "s.jsonl"))
    }

    @Test("sessies vinden: id, begin van een id, pad, nieuwste onafgemaakte")
    func directory() throws {
        let dir = TempDirectory("sessies")
        dir.write("20261120-091000-a1b2.jsonl", Self.fixture)
        let open = Self.fixture.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        dir.write("20261121-100000-ffff.jsonl", open.replacing("20261120-091000-a1b2", with: "20261121-100000-ffff"))
        dir.write("20261122-100000-0000.jsonl", Self.fixture.replacing("20261120-091000-a1b2", with: "20261122-100000-0000"))
        #expect(try SessionDirectory.resolve("20261120", in: dir.path).get().hasSuffix("20261120-091000-a1b2.jsonl"))
        #expect(SessionDirectory.resolve("2026112", in: dir.path).failure == .notFound("2026112"))
        #expect(try SessionDirectory.latestUnfinished(in: dir.path).get().hasSuffix("20261121-100000-ffff.jsonl"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
