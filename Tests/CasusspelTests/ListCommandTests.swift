import Foundation
import TestSupport
import Testing

@Suite("casusspel list")
struct ListCommandTests {
    static let library = FixedLibrary.make()

    @Test("tabel met id, titel, setting, factoren en duur")
    func table() throws {
        let result = try ProcessRunner.run(Binary.path, ["list", Self.library.path])
        #expect(result.status == 0)
        let lines = result.stdoutLines
        #expect(lines[0].hasPrefix("id "))
        #expect(lines[0].contains("titel") && lines[0].contains("factoren") && lines[0].hasSuffix("duur"))
        #expect(lines.count == 5)
        let row = try #require(lines.first { $0.hasPrefix("schulden-en-schaamte-in-moerwijk ") })
        #expect(row.contains("‘Ik ben geen zielig geval’"))
        #expect(row.hasSuffix("66 min"))
        // Columns line up by display width: every row has its title at the same column.
        let titleColumn = lines[0].range(of: "titel")!.lowerBound.utf16Offset(in: lines[0])
        #expect(
            lines.dropFirst(2).allSatisfy { row in
                row.prefix(titleColumn).hasSuffix("  ") && !row.dropFirst(titleColumn).hasPrefix(" ")
            })
    }

    @Test("--json voor scripts")
    func json() throws {
        let result = try ProcessRunner.run(Binary.path, ["list", "--json", Self.library.path])
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(
            items.map { $0["id"] as? String } == [
                "een-eigen-plek-in-transvaal", "mantelzorg-voor-vader-in-escamp", "schulden-en-schaamte-in-moerwijk",
            ])
        #expect(items[1]["minuten"] as? Int == 64)
        #expect((items[1]["factoren"] as? [String])?.contains("migratie") == true)
    }
}
