import CasusCore
import CasusIO
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// One writer per session, and a log that cannot vanish unnoticed.
@Suite("Sessielog schrijven: één schrijver, niets stil verloren")
struct SessionLogWriterTests {
    static func note(_ n: Int) -> SessionEvent { SessionEvent(.noteWritten("notitie \(n)")) }

    /// `failure(body)`, but a lock this process's own closed writer still seems to hold is waited out: parallel
    /// tests spawn processes, and a child between fork and exec briefly holds a copy of every descriptor (and so the
    /// lock, which belongs to the open file). That copy goes at its exec; a lock that stays is the test's answer.
    func failureAfterOwnCopies(_ body: () throws -> Void) -> SessionLogWriter.Failure.Kind? {
        for _ in 0..<300 {
            let kind = failure(body)
            guard case .locked(let holder)? = kind, holder?.pid == getpid() else { return kind }
            usleep(10_000)
        }
        return failure(body)
    }

    func failure(_ body: () throws -> Void) -> SessionLogWriter.Failure.Kind? {
        do {
            try body()
            return nil
        } catch {
            return (error as? SessionLogWriter.Failure)?.kind ?? .io("\(error)")
        }
    }

    func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : -1
    }

    @Test("een tweede schrijver voor hetzelfde log wordt geweigerd met het pid van de houder; na sluiten lukt het")
    func secondWriterRefused() throws {
        let dir = TempDirectory("slot")
        let first = try SessionLogWriter(directory: dir.path, sessionID: "s")
        try first.append(Self.note(1), timestamp: "t1")
        let length = size(first.path)
        let refused = failure { _ = try SessionLogWriter(resuming: first.path, sessionID: "s", validLength: length) }
        guard case .locked(let holder) = refused else {
            Issue.record("verwachtte .locked, kreeg \(String(describing: refused))")
            return
        }
        #expect(holder?.pid == getpid())
        #expect(holder?.started != nil)
        // Refused means untouched: nothing was cut off while the first writer holds the log.
        #expect(size(first.path) == length)
        first.close()
        var second: SessionLogWriter?
        let kind = failureAfterOwnCopies { second = try SessionLogWriter(resuming: first.path, sessionID: "s", validLength: length) }
        #expect(kind == nil)
        let writer = try #require(second)
        try writer.append(Self.note(2), timestamp: "t2")
        #expect(readText(first.path).split(separator: "\n").count == 2)
        #expect(writer.contents == Array(readText(first.path).utf8))
    }

    @Test("de melding noemt proces en starttijd, in beide talen")
    func lockMessage() {
        let failure = SessionLogWriter.Failure(path: "/x.jsonl", kind: .locked(.init(pid: 1234, started: nil)))
        #expect(failure.message(Strings.nl).contains("proces 1234"))
        #expect(Strings.nl.session.sessionInUse(1234, "20:13").contains("in gebruik door proces 1234 (gestart 20:13)"))
        #expect(Strings.en.session.sessionInUse(1234, "20:13").contains("in use by process 1234 (started 20:13)"))
        #expect(Strings.nl.session.sessionInUse(nil, nil).contains("een ander proces"))
    }

    @Test("een proces dat het log vasthoudt en met SIGKILL stopt, laat geen slot achter")
    func killedHolderReleases() throws {
        let dir = TempDirectory("slot")
        let path = try SessionLogWriter(directory: dir.path, sessionID: "s").path
        // flock(1) takes the same kind of lock as the writer and holds it until it dies; -o keeps it from its child.
        let holder = try Spawned(["/usr/bin/flock", "-o", "-x", path, "/bin/sleep", "60"])
        defer { holder.kill() }
        var refused: SessionLogWriter.Failure.Kind?
        let deadline = Date().addingTimeInterval(10)
        while refused == nil && Date() < deadline {
            refused = failure { _ = try SessionLogWriter(resuming: path, sessionID: "s", validLength: 0) }
            if refused == nil { usleep(10_000) }
        }
        #expect(refused == .locked(SessionLogWriter.LockHolder(pid: holder.pid, started: refused.flatMap(Self.started))))
        holder.kill()
        // The kernel drops the lock when the killed process is gone, which takes a moment; so does a
        // descriptor copy a parallel test's child holds between fork and exec. Only a lock that stays is a failure.
        var writer: SessionLogWriter?
        let until = Date().addingTimeInterval(5)
        while writer == nil && Date() < until {
            switch failure({ writer = try SessionLogWriter(resuming: path, sessionID: "s", validLength: 0) }) {
            case nil: break
            case .locked?: usleep(10_000)
            case let other?:
                Issue.record("verwachtte het slot of succes, kreeg \(other)")
                return
            }
        }
        try #require(writer).append(Self.note(1), timestamp: "t")
    }

    static func started(_ kind: SessionLogWriter.Failure.Kind) -> Int? {
        if case .locked(let holder) = kind { return holder?.started }
        return nil
    }

    @Test("een log dat sinds het lezen veranderd is, wordt niet afgekapt maar geweigerd")
    func changedSinceRead() throws {
        let dir = TempDirectory("slot")
        let writer = try SessionLogWriter(directory: dir.path, sessionID: "s")
        try writer.append(Self.note(1), timestamp: "t")
        let read = size(writer.path)
        try writer.append(Self.note(2), timestamp: "t")
        writer.close()
        let kind = failureAfterOwnCopies {
            _ = try SessionLogWriter(resuming: writer.path, sessionID: "s", validLength: read, expectedSize: read)
        }
        #expect(kind == .changedSinceRead)
        #expect(readText(writer.path).split(separator: "\n").count == 2)
    }

    enum Mishap: String, CaseIterable, Sendable {
        case folderRemoved = "de map verwijderd"
        case renamed = "het bestand hernoemd"
        case replaced = "vervangen door een ander bestand"

        func apply(to path: String, in folder: String) throws {
            switch self {
            case .folderRemoved: try FileManager.default.removeItem(atPath: folder)
            case .renamed: try FileManager.default.moveItem(atPath: path, toPath: path + ".weg")
            case .replaced:
                try FileManager.default.removeItem(atPath: path)
                FileManager.default.createFile(atPath: path, contents: Data("ander bestand\n".utf8))
            }
        }
    }

    @Test("een log dat verdwijnt tussen twee regels is een eigen fout; herschrijven zet alles terug", arguments: Mishap.allCases)
    func vanished(_ mishap: Mishap) throws {
        let dir = TempDirectory("weg")
        let folder = dir.path + "/sessies"
        let writer = try SessionLogWriter(directory: folder, sessionID: "s")
        try writer.append(SessionEvent(.sessionStarted(SessionStart(groups: ["A"]))), timestamp: "t0")
        try writer.append(Self.note(1), timestamp: "t1")
        try mishap.apply(to: writer.path, in: folder)
        #expect(failure { try writer.append(Self.note(2), timestamp: "t2") } == .vanished)
        // Every later line fails the same way: nothing is confirmed into a file nobody can find.
        #expect(failure { try writer.append(Self.note(3), timestamp: "t3") } == .vanished)

        let elsewhere = dir.path + "/gered/s.jsonl"
        try writer.rewrite(to: elsewhere)
        try writer.append(Self.note(4), timestamp: "t4")
        #expect(writer.path == elsewhere)
        let events = try SessionLogReader.parse(Array(readText(elsewhere).utf8), file: elsewhere).get().events
        #expect(events.map(\.type) == ["sessie_start", "notitie", "notitie", "notitie", "notitie"])
        #expect(events.map(\.time) == ["t0", "t1", "t2", "t3", "t4"])
        #expect(events.dropFirst().map { $0.event.noteText } == (1...4).map { "notitie \($0)" })
        // The new file is the session's now: locked like the first.
        #expect(failure { _ = try SessionLogWriter(resuming: elsewhere, sessionID: "s", validLength: 0) }.map(Self.isLocked) == true)
        if mishap == .replaced { #expect(readText(folder + "/s.jsonl") == "ander bestand\n") }
    }

    static func isLocked(_ kind: SessionLogWriter.Failure.Kind) -> Bool {
        if case .locked = kind { return true }
        return false
    }

    @Test("een mislukte fsync is een eigen fout, en de regel blijft bewaard om te herschrijven")
    func failedSync() throws {
        // Linux refuses fsync on /dev/null (EINVAL): a file whose writes cannot be forced to disk.
        let writer = try SessionLogWriter(resuming: "/dev/null", sessionID: "s", validLength: 0)
        defer { writer.close() }
        guard case .syncFailed = failure({ try writer.append(Self.note(1), timestamp: "t1") }) else {
            Issue.record("verwachtte .syncFailed")
            return
        }
        let dir = TempDirectory("sync")
        try writer.rewrite(to: dir.path + "/s.jsonl")
        #expect(readText(dir.path + "/s.jsonl").contains("notitie 1"))
    }

    @Test("herschrijven overschrijft nooit een bestaand bestand en laat bij een fout niets half achter")
    func rewriteRefusesExisting() throws {
        let dir = TempDirectory("weg")
        let writer = try SessionLogWriter(directory: dir.path, sessionID: "s")
        try writer.append(Self.note(1), timestamp: "t1")
        let other = dir.write("bestaat.jsonl", "van iemand anders\n")
        guard case .io = failure({ try writer.rewrite(to: other) }) else {
            Issue.record("verwachtte een weigering")
            return
        }
        #expect(readText(other) == "van iemand anders\n")
        #expect(writer.path == dir.path + "/s.jsonl")
        try writer.append(Self.note(2), timestamp: "t2")
        #expect(readText(writer.path).split(separator: "\n").count == 2)
    }
}

/// A child process in its own process group, killed with SIGKILL (and reaped) on request.
final class Spawned: @unchecked Sendable {
    let pid: pid_t
    private var reaped = false

    init(_ argv: [String]) throws {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var all = sigset_t()
        var none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let args = argv.map { strdup($0) } + [nil]
        defer { args.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], nil, &attributes, args, environ)
        guard result == 0 else { throw SpawnFailed(code: result) }
        self.pid = pid
    }

    func kill() {
        guard !reaped else { return }
        reaped = true
        Glibc.kill(-pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    deinit { kill() }

    struct SpawnFailed: Error {
        let code: Int32
    }
}
