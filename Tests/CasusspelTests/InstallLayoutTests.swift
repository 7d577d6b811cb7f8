import CasusCore
import Foundation
import TestSupport
import Testing

/// Where an installed program finds its cases, and the user's own cases beside them.
@Suite("Geïnstalleerd: casussen, eigen casussen, --version")
struct InstallLayoutTests {
    @Test("--version: programmaversie, casusformaat en logformaat")
    func version() throws {
        let result = try ProcessRunner.run(Binary.path, ["--version"])
        #expect(result.status == 0)
        let lines = result.stdoutLines
        #expect(lines.count == 3)
        #expect(lines.first?.wholeMatch(of: /casusspel \d+\.\d+\.\d+/) != nil, "\(lines)")
        #expect(lines.dropFirst().first == "casusformaat (schemaVersion): \(CaseDecoder.schemaVersion)")
        #expect(lines.last == "sessielogformaat (v): \(SessionEvent.formatVersion)")
    }

    @Test("share/casusspel/Cases naast bin/: zo vindt een pakket zijn bibliotheek")
    func besideTheBinary() throws {
        let copy = try InstalledCopy()
        let listed = try copy.listed()
        #expect(listed.map(\.id) == FixedLibrary.caseIDs)
        #expect(listed.allSatisfy { $0.file.hasPrefix(copy.shipped + "/") })
        let check = try copy.run(["validate"])
        #expect(check.status == 0, "\(check.stdout)")
        // The frozen library is format 1: valid, with the notice per case that migreer converts it.
        #expect(check.stdoutLines.last?.hasPrefix("5 bestanden, 3 casussen: geldig") == true, "\(check.stdout)")
    }

    @Test("casusspel/Cases in $XDG_DATA_DIRS, als er niets naast het programma staat")
    func inDataDirectories() throws {
        let copy = try InstalledCopy(binaryDirectory: "opt/bin", libraryDirectory: "xdg/casusspel/Cases")
        let listed = try copy.run(["list"], environment: ["XDG_DATA_DIRS": "/bestaat-niet:relatief:\(copy.root.path)/xdg"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdoutLines.count == 2 + FixedLibrary.caseIDs.count)
        let missing = try copy.run(["list"])
        #expect(missing.status == 2)
    }

    @Test("eigen casussen staan naast de meegeleverde; bij hetzelfde id wint de eigen, met een melding")
    func ownCases() throws {
        let copy = try InstalledCopy()
        let added = try copy.writeOwnCase(id: "buurtvader-in-laak", title: "Buurtvader in Laak")
        let replacing = try copy.writeOwnCase(
            id: "mantelzorg-voor-vader-in-escamp", title: "Mijn mantelzorgcasus", from: "mantelzorg-voor-vader-in-escamp")

        let listed = try copy.listed()
        #expect(
            listed.map(\.id) == [
                "een-eigen-plek-in-transvaal", "schulden-en-schaamte-in-moerwijk", "buurtvader-in-laak", "mantelzorg-voor-vader-in-escamp",
            ])
        #expect(listed[2].file == added)
        #expect(listed[3].file == replacing)
        let list = try copy.run(["list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Mijn mantelzorgcasus") && !list.stdout.contains("‘We regelen het zelf’"))
        let notice = "je eigen casus 'mantelzorg-voor-vader-in-escamp' vervangt die in \(copy.shipped)/mantelzorg-voor-vader-in-escamp.json"
        #expect(list.stderr.contains(notice), "\(list.stderr)")

        let check = try copy.run(["validate"])
        #expect(check.status == 0)
        #expect(check.stdoutLines.contains { $0.hasPrefix("\(replacing):4:9: id: waarschuwing: \(notice)") }, "\(check.stdout)")

        let named = try copy.run(["list", "--json", copy.shipped])
        #expect(!named.stdout.contains("buurtvader-in-laak"))
    }

    @Test("nieuw schrijft bij een geïnstalleerd spel in de map waarin je staat, nooit in de meegeleverde")
    func newCaseGoesToWorkingFolder() throws {
        let copy = try InstalledCopy()
        let made = try copy.run(["nieuw", "buurtvader-in-laak"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: copy.workingDirectory + "/buurtvader-in-laak.json"))
        #expect(FileManager.default.fileExists(atPath: copy.workingDirectory + "/schema/case.schema.json"))
        #expect(!FileManager.default.fileExists(atPath: copy.shipped + "/buurtvader-in-laak.json"))
        // With --map the own folder still works, and the game lists that case beside the shipped ones.
        try FileManager.default.createDirectory(atPath: copy.own, withIntermediateDirectories: true)
        let own = try copy.run(["nieuw", "eigen-casus", "--map", copy.own])
        #expect(own.status == 0 && FileManager.default.fileExists(atPath: copy.own + "/eigen-casus.json"), "\(own.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.shipped + "/eigen-casus.json"))
    }

    @Test("startscherm van het geïnstalleerde spel: eigen casus in de lijst, melding bij een vervangen casus")
    func startScreen() throws {
        let copy = try InstalledCopy()
        try copy.writeOwnCase(id: "buurtvader-in-laak", title: "Buurtvader in Laak")
        try copy.writeOwnCase(
            id: "mantelzorg-voor-vader-in-escamp", title: "Mijn mantelzorgcasus", from: "mantelzorg-voor-vader-in-escamp")
        let tmux = try Tmux(
            width: 80, height: 24, command: "cd \(copy.workingDirectory) && env -u CASUSSPEL_CASES \(copy.binary)",
            environment: copy.environment)
        let notice = try tmux.waitFor(text: "Eigen casussen")
        #expect(notice.contains("Je eigen casus 'mantelzorg-voor-vader-in-escamp'"))
        try tmux.send("Space")
        let screen = try tmux.waitFor { !$0.contains("Eigen casussen") && $0.contains("Enter kies casus") }
        #expect(screen.contains("4. Mijn mantelzorgcasus"), "\(screen)")
        #expect(screen.contains("3. Buurtvader in Laak"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
