import CasusIO
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Reports are written through a temporary file: never half a report, never a
/// temporary file left behind by a failure, and leftovers of a killed run cleaned.
@Suite("Verslagen schrijven via een tijdelijk bestand")
struct ReportFilesTests {
    func names(_ dir: TempDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    /// A pid that belonged to a process that has ended.
    func deadPID() throws -> pid_t {
        var pid: pid_t = 0
        let argv = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        try #require(posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return pid
    }

    func age(_ path: String, minutes: Int) {
        var times = [timeval(tv_sec: time(nil) - minutes * 60, tv_usec: 0), timeval(tv_sec: time(nil) - minutes * 60, tv_usec: 0)]
        utimes(path, &times)
    }

    @Test("een mislukte rename laat geen tijdelijk bestand achter")
    func failureRemovesTemporary() throws {
        let dir = TempDirectory("verslag")
        try FileManager.default.createDirectory(atPath: dir.path + "/bezet.md/binnen", withIntermediateDirectories: true)
        #expect(throws: ReportFiles.Failure.self) { try ReportFiles.write("# verslag\n", to: dir.path + "/bezet.md") }
        #expect(try names(dir) == ["bezet.md"])
    }

    @Test("het tijdelijke bestand van een ander proces dat hetzelfde verslag schrijft, blijft heel")
    func noCollision() throws {
        let dir = TempDirectory("verslag")
        dir.write("s.md.tmp", "half verslag van een ander proces")
        try ReportFiles.write("# verslag\n", to: dir.path + "/s.md")
        #expect(readText(dir.path + "/s.md") == "# verslag\n")
        #expect((try? String(contentsOfFile: dir.path + "/s.md.tmp", encoding: .utf8)) == "half verslag van een ander proces")
    }

    @Test("resten van een afgeschoten run worden opgeruimd, die van een lopend proces niet")
    func staleCleaned() throws {
        let dir = TempDirectory("verslag")
        dir.write("s.jsonl", "{}\n")
        let dead = try deadPID()
        let live = getppid()
        dir.write(".s.md.casusspel-\(dead).tmp", "afgeschoten")
        dir.write(".s.html.casusspel-\(live).tmp", "wordt nu geschreven")
        let oldLive = dir.write(".t.html.casusspel-\(live).tmp", "pid hergebruikt, al lang oud")
        age(oldLive, minutes: 60)
        // Left by casusspel before temporary names carried a pid: an hour old, beside a log.
        age(dir.write("s.html.tmp", "oud"), minutes: 60)
        dir.write("s.md.tmp", "net begonnen")
        dir.write("eigen.tmp", "van de gebruiker")
        try ReportFiles.write("# verslag\n", to: dir.path + "/s.md")
        #expect(
            try names(dir) == [".s.html.casusspel-\(live).tmp", "eigen.tmp", "s.jsonl", "s.md", "s.md.tmp"].sorted())
    }
}
