import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Volle schijf tijdens het spelen", .enabled(if: getuid() == 0, "een tmpfs aankoppelen kan alleen als root (zoals in CI)"))
struct DiskFullTests {
    @Test("een volle schijf midden in het spel: het spel zegt het bij de mislukte regel en speelt pas door na z")
    func fullDisk() throws {
        let mountPoint = TempDirectory("vol")
        let mounted = try ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=4k", "tmpfs", mountPoint.path])
        try #require(mounted.status == 0, "mount: \(mounted.stderr)")
        defer { _ = try? ProcessRunner.run("/bin/umount", ["-l", mountPoint.path]) }
        let library = FixedLibrary.make()
        let tmux = try Tmux(
            width: 80, height: 24,
            command: "\(Binary.path) --cases \(library.path) --case mantelzorg-voor-vader-in-escamp --groups A --log-dir \(mountPoint.path)"
        )
        try tmux.firstScreen(expecting: "Verhaal")
        // Reveal knelpunten and write notes until a log line no longer fits in 4 KiB.
        var failed = false
        var screen = ""
        for round in 0..<40 where !failed {
            try tmux.press("n", expecting: "Notitie van A")
            try tmux.type("Notitie \(round): " + String(repeating: "wat de groep zei ", count: 6))
            screen = try tmux.press("Escape")
            #expect(!screen.contains("Notitie van A"), "de notitie is dicht")
            failed = screen.contains("kan niet worden geschreven")
        }
        #expect(failed)
        #expect(screen.contains("No space left on device"))
        try tmux.press("Enter", expecting: "kan niet worden geschreven")  // anything but z or q keeps the question up
        screen = try tmux.press("z")
        #expect(!screen.contains("kan niet worden geschreven"))
        try tmux.press("Enter", expecting: "Knelpunten")
        try tmux.quitGame()
        #expect(try tmux.exitStatus() == 0)
        // Every line before the failure is whole; at most the very last one was cut off by the full disk.
        let files = try FileManager.default.contentsOfDirectory(atPath: mountPoint.path)
        let lines = readText(mountPoint.path + "/" + files[0]).split(separator: "\n", omittingEmptySubsequences: false)
        let whole = lines.dropLast()
        #expect(whole.count > 5)
        for line in whole.dropLast() {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
        }
    }
}
