import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The program laid out as a package installs it, `ROOT/usr/bin/casusspel` beside
/// `ROOT/usr/share/casusspel/Cases`, run from a folder without cases, with its own
/// HOME so the user's folders are the test's.
struct InstalledCopy {
    let root = TempDirectory("installatie")
    let binary: String
    var shipped: String { root.path + "/usr/share/casusspel/Cases" }
    var dataHome: String { root.path + "/home/.local/share" }
    var own: String { dataHome + "/casusspel/Cases" }
    var workingDirectory: String { root.path + "/elders" }

    /// `binaryDirectory` and `libraryDirectory` relative to the root.
    init(binaryDirectory: String = "usr/bin", libraryDirectory: String? = "usr/share/casusspel/Cases") throws {
        binary = root.path + "/" + binaryDirectory + "/casusspel"
        let files = FileManager.default
        for dir in [binaryDirectory, "elders", "home"] {
            try files.createDirectory(atPath: root.path + "/" + dir, withIntermediateDirectories: true)
        }
        try Self.place(Binary.path, at: binary)
        if let libraryDirectory {
            let target = root.path + "/" + libraryDirectory
            try files.createDirectory(atPath: target, withIntermediateDirectories: true)
            // The schema too, as the package ships it: `nieuw` copies it beside a new case.
            try files.createDirectory(atPath: target + "/schema", withIntermediateDirectories: true)
            for name in ["factoren.json", "pijlers.json", "schema/case.schema.json"] + FixedLibrary.caseIDs.map({ $0 + ".json" }) {
                try files.copyItem(atPath: PackagePaths.cases + "/" + name, toPath: target + "/" + name)
            }
        }
    }

    /// A hard link where it can be, else a copy written through a close-on-exec descriptor: a
    /// writable descriptor inherited by a program another test starts meanwhile would make
    /// starting this copy fail with "Text file busy".
    private static func place(_ source: String, at target: String) throws {
        if link(source, target) == 0 { return }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw POSIXError(.EIO) }
    }

    /// The environment of a user on that system: no `$CASUSSPEL_CASES`, data folders of their own.
    var environment: [String: String] {
        ["HOME": root.path + "/home", "XDG_DATA_HOME": dataHome, "XDG_DATA_DIRS": root.path + "/bestaat-niet"]
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessResult {
        try ProcessRunner.run(
            binary, arguments, environment: environment.merging(extra) { $1 }, removing: ["CASUSSPEL_CASES"],
            workingDirectory: workingDirectory)
    }

    /// A case of the user's own: a shipped one under another id and title, or (same id) their version of it.
    @discardableResult
    func writeOwnCase(id: String, title: String, from shippedID: String = "een-eigen-plek-in-transvaal") throws -> String {
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        let text = readText(PackagePaths.cases + "/\(shippedID).json")
        guard let titleLine = text.split(separator: "\n").first(where: { $0.contains("\"titel\":") }) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let renamed =
            text
            .replacingOccurrences(of: "\"id\": \"\(shippedID)\"", with: "\"id\": \"\(id)\"")
            .replacingOccurrences(of: String(titleLine), with: "  \"titel\": \"\(title)\",")
        let path = own + "/\(id).json"
        try renamed.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `list --json`: (id, file) per case, in library order.
    func listed() throws -> [(id: String, file: String)] {
        let result = try run(["list", "--json"])
        let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return items.map { ($0["id"] as? String ?? "", $0["bestand"] as? String ?? "") }
    }
}
