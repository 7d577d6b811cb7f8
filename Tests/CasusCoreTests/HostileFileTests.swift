import CasusIO
import Foundation
import TestSupport
import Testing

@testable import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// Files no course designer meant to write: each is a clear diagnostic for its
/// own file, the rest of the library still loads, and nothing blocks or crashes.
@Suite("Vreemde en vijandige bestanden")
struct HostileFileTests {
    func library(with setup: (TempDirectory) throws -> Void) rethrows -> (CaseLibrary, TempDirectory) {
        let dir = TempDirectory().withShippedTaxonomy()
        dir.write("proef-casus.json", readText(PackagePaths.coreFixtures + "/proef-casus.json"))
        try setup(dir)
        return (LibraryLoader.load(paths: [dir.path]), dir)
    }

    @Test("een bestand van 50 MB wordt niet gelezen maar gemeld")
    func hugeFile() throws {
        let (library, dir) = try library { dir in
            let path = dir.write("groot.json", "")
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 50 << 20)
            try handle.close()
        }
        #expect(library.diagnosticsBesideFormatNotice.map(\.problem) == [.fileTooLarge(bytes: 50 << 20, limit: FileReader.caseFileLimit)])
        #expect(library.diagnosticsBesideFormatNotice.first?.file == dir.path + "/groot.json")
        #expect(library.cases.count == 1)
    }

    @Test("een FIFO blokkeert het laden niet")
    func fifo() throws {
        let (library, _) = try library { dir in
            #expect(mkfifo(dir.path + "/pijp.json", 0o644) == 0)
        }
        #expect(library.diagnosticsBesideFormatNotice.map(\.problem) == [.notARegularFile])
        #expect(library.cases.count == 1)
    }

    @Test("een map met een .json-naam wordt overgeslagen met een melding")
    func directoryNamedJSON() throws {
        let (library, _) = try library { dir in
            try FileManager.default.createDirectory(atPath: dir.path + "/map.json", withIntermediateDirectories: false)
        }
        #expect(library.diagnosticsBesideFormatNotice.map(\.problem) == [.notARegularFile])
    }

    @Test("een symlinklus geeft een leesfout, geen hang")
    func symlinkLoop() throws {
        let (library, _) = try library { dir in
            #expect(symlink(dir.path + "/b.json", dir.path + "/a.json") == 0)
            #expect(symlink(dir.path + "/a.json", dir.path + "/b.json") == 0)
        }
        #expect(library.diagnosticsBesideFormatNotice.count == 2)
        #expect(
            library.diagnosticsBesideFormatNotice.allSatisfy {
                if case .unreadable = $0.problem { return true }
                return false
            })
        #expect(library.cases.count == 1)
    }

    @Test("een leeg bestand en een afgebroken bestand: elk één melding")
    func emptyAndTruncated() throws {
        let full = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        let (library, _) = library { dir in
            dir.write("leeg.json", "")
            dir.write("half.json", String(full.prefix(full.count / 2)))
        }
        #expect(library.diagnosticsBesideFormatNotice.map(\.problem) == [.syntax(.unexpectedEnd), .syntax(.empty)])
        #expect(library.cases.count == 1)
    }

    @Test("een verwijzing naar een niet-bestaand bestand")
    func missingFile() {
        let dir = TempDirectory().withShippedTaxonomy()
        let library = LibraryLoader.load(paths: [dir.path + "/bestaat-niet.json"])
        #expect(library.diagnosticsBesideFormatNotice.map(\.problem) == [.fileNotFound])
    }
}

@Suite("Grote bibliotheken")
struct LargeLibraryTests {
    @Test("een map met 10 000 bestanden: elk bestand gelezen, geen bestandsdescriptor te veel, elke fout gemeld")
    func tenThousandFiles() throws {
        let dir = TempDirectory("groot").withShippedTaxonomy()
        let template = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        for n in 0..<10_000 {
            let id = "casus-\(n)"
            // Every hundredth file is a real case; the rest are broken in the cheapest way.
            let text = n % 100 == 0 ? template.replacingOccurrences(of: #""id": "proef-casus""#, with: #""id": "\#(id)""#) : "[]"
            dir.write(id + ".json", text)
        }
        let library = LibraryLoader.load(paths: [dir.path])
        #expect(library.cases.count == 100)
        #expect(library.errorCount == 9_900)
        #expect(library.warningCount == 100)  // each loaded case is format 1 and says so
        #expect(library.diagnosticsBesideFormatNotice.allSatisfy { $0.problem == .wrongType(expected: .object, found: .array) })
        #expect(library.filesRead == 10_002)
        // Every file was closed again: a new one still opens.
        #expect((try? FileReader.read(dir.path + "/casus-0.json").get()) != nil)
    }

    @Test("hetzelfde id in twee bestanden met een passende naam: het tweede wordt gemeld en overgeslagen")
    func duplicateAcrossFolders() throws {
        let first = TempDirectory("a").withShippedTaxonomy()
        let second = TempDirectory("b").withShippedTaxonomy()
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json")
        first.write("proef-casus.json", text)
        second.write("proef-casus.json", text)
        let library = LibraryLoader.load(paths: [first.path, second.path])
        #expect(library.cases.map(\.file) == [first.path + "/proef-casus.json"])
        #expect(library.diagnosticsBesideFormatNotice.count == 1)
        #expect(library.diagnosticsBesideFormatNotice.first?.file == second.path + "/proef-casus.json")
    }
}
