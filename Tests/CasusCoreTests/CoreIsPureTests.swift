import Foundation
import TestSupport
import Testing

/// The layering the compiler cannot see: CasusCore must not read or write files,
/// start processes or threads. Its object files are read with `nm -u`; every
/// source file in `Sources/CasusCore` must have one, so the test cannot pass on
/// an empty or stale build folder.
@Suite("De kern is puur")
struct CoreIsPureTests {
    /// Calls that mean I/O, processes or threads (C library and Foundation).
    static let forbidden: Set<String> = [
        "open", "open64", "openat", "openat64", "creat", "read", "pread", "pread64", "write", "pwrite", "pwrite64", "writev",
        "close", "fsync", "fdatasync", "ftruncate", "ftruncate64", "lseek", "lseek64", "stat", "stat64", "fstat", "fstat64",
        "lstat", "lstat64", "opendir", "readdir", "readdir64", "closedir", "mkdir", "rmdir", "unlink", "rename", "fopen",
        "fopen64", "fread", "fwrite", "fclose", "flock", "fcntl", "ioctl", "dup", "dup2", "pipe", "socket", "connect",
        "pthread_create", "pthread_join", "posix_spawn", "posix_spawnp", "fork", "vfork", "execve", "execvp", "system",
        "popen", "waitpid", "kill", "signal", "sigaction", "clock_gettime", "gettimeofday", "time", "getenv", "setenv",
    ]

    @Test("geen bestands-, proces- of threadaanroepen in de objectbestanden van CasusCore")
    func noIOInTheCore() throws {
        let objects = try Self.coreObjectFiles()
        var offenders: [String] = []
        for object in objects {
            let result = try ProcessRunner.run("/usr/bin/nm", ["-u", object])
            #expect(result.status == 0, "nm \(object): \(result.stderr)")
            for line in result.stdoutLines {
                guard let symbol = line.split(separator: " ").last.map(String.init) else { continue }
                let plain = symbol.split(separator: "@").first.map(String.init) ?? symbol
                if Self.isForbidden(plain) {
                    offenders.append("\((object as NSString).lastPathComponent): \(plain)")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }

    @Test("de controle herkent een verboden aanroep")
    func theCheckCanFail() throws {
        // The same nm reading on an object of the edge (CasusIO) must find calls, or the check reads nothing.
        let io = try Self.objectFiles(module: "CasusIO", sources: PackagePaths.root + "/Sources/CasusIO")
        let found = try io.flatMap { try ProcessRunner.run("/usr/bin/nm", ["-u", $0]).stdoutLines }
            .compactMap { $0.split(separator: " ").last.map { String($0.split(separator: "@")[0]) } }
        #expect(Set(found.filter(Self.isForbidden)).isSuperset(of: ["fsync", "opendir", "pthread_create"]))
        #expect(found.contains { $0.hasPrefix("$s5Glibc4open") })
    }

    /// C calls by name; Swift overlays by module prefix (Glibc's `open` is a Swift wrapper, `$s5Glibc4open…`).
    static func isForbidden(_ symbol: String) -> Bool {
        forbidden.contains(symbol)
            || ["$s5Glibc", "$s10Foundation", "$s20FoundationEssentials", "$s13SystemPackage", "$s8Dispatch"].contains {
                symbol.hasPrefix($0)
            }
    }

    static func coreObjectFiles() throws -> [String] {
        try objectFiles(module: "CasusCore", sources: PackagePaths.root + "/Sources/CasusCore")
    }

    /// `<build>/<Module>.build/<File>.swift.o` for every Swift file of the module's sources.
    static func objectFiles(module: String, sources: String) throws -> [String] {
        let build = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().path + "/\(module).build"
        let files = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 3, "geen bronbestanden in \(sources)")
        return try files.map { file in
            let object = build + "/" + (file as NSString).lastPathComponent + ".o"
            guard FileManager.default.fileExists(atPath: object) else { throw MissingObject(path: object) }
            return object
        }
    }

    struct MissingObject: Error, CustomStringConvertible {
        let path: String
        var description: String { "objectbestand ontbreekt: \(path) (eerst bouwen)" }
    }
}
