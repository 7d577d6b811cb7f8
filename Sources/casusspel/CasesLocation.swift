import ArgumentParser
import CasusCore
import CasusIO

#if canImport(Glibc)
    import Glibc
#endif

/// Where the shipped library is when the user names none, first found wins:
/// `$CASUSSPEL_CASES`; `./Cases`; the `Cases/` of the package the binary was built in
/// (so `.build/debug/casusspel` works from any folder); `share/casusspel/Cases` beside
/// the binary's `bin/` (an installed or unpacked package); `casusspel/Cases` in each of
/// `$XDG_DATA_DIRS`. A user's own cases in `$XDG_DATA_HOME/casusspel/Cases` are listed
/// beside that library.
enum CasesLocation {
    static let folderName = "Cases"
    /// Below a data directory such as `/usr/share`: where a package puts the library.
    static let installedSubpath = "casusspel/Cases"

    static func defaultDirectory() -> String { defaultLocation().path }

    /// The default library, and whether it is an installed one (read-only for its users).
    static func defaultLocation() -> (path: String, installed: Bool) {
        if let env = environment("CASUSSPEL_CASES") { return (env, false) }
        if FileReader.isDirectory(folderName) { return (folderName, false) }
        return programLocation()
    }

    /// The program's own library, wherever the user is: beside the package it was built in,
    /// or installed beside its `bin/` or in `$XDG_DATA_DIRS`.
    static func programLocation() -> (path: String, installed: Bool) {
        let executable = executableDirectory()
        var dir = executable
        for _ in 0..<5 {
            let candidate = dir + "/" + folderName
            if isLibrary(candidate) { return (candidate, false) }
            guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
            dir = String(dir[..<slash])
        }
        let installed = [parent(executable) + "/share/" + installedSubpath] + dataDirectories().map { $0 + "/" + installedSubpath }
        return installed.first(where: isLibrary).map { ($0, true) } ?? (folderName, false)
    }

    static func programDirectory() -> String { programLocation().path }

    /// The folder is the program's own library (so not a course designer's folder).
    static func isProgramLibrary(_ folder: String) -> Bool { sameFile(folder, programDirectory()) }

    /// Where `nieuw` writes without `--map`: a course designer's working folder (`./Cases` when it
    /// exists, else `.`); in the program's own folder, or with `$CASUSSPEL_CASES`, the default library,
    /// and for an installed program the user's own folder (created when missing), since the shipped
    /// one is not theirs.
    static func newCaseDirectory() throws -> String {
        let working = DesignerFolder.workingFolder
        if environment("CASUSSPEL_CASES") == nil, !isProgramLibrary(working) { return working }
        let location = defaultLocation()
        guard location.installed || isProgramLibrary(location.path) && programLocation().installed, let own = ownDirectory() else {
            return location.path
        }
        do {
            try SessionLogWriter.makeDirectories(own)
        } catch {
            throw ValidationError(error.description)
        }
        return own
    }

    /// `$XDG_DATA_HOME/casusspel/Cases`, by default `~/.local/share/casusspel/Cases`.
    static func ownDirectory() -> String? {
        // Like the session log's folder: a relative XDG_DATA_HOME is ignored, as the specification asks.
        if let data = environment("XDG_DATA_HOME"), data.hasPrefix("/") { return data + "/" + installedSubpath }
        return environment("HOME").map { $0 + "/.local/share/" + installedSubpath }
    }

    /// The library the user means: exactly `directory` when they named one; else the
    /// default library with their own cases beside it (their ids win).
    static func library(in directory: String?) -> CaseLibrary {
        if let directory { return LibraryLoader.load(paths: [directory]) }
        let shipped = defaultDirectory()
        guard let own = ownDirectory(), FileReader.isDirectory(own), !sameFile(own, shipped) else {
            return LibraryLoader.load(paths: [shipped])
        }
        return LibraryLoader.load(paths: [shipped], ownCases: own)
    }

    /// Loads what the user named; else a course designer's folder when the working folder is one
    /// (its notices on stderr), else the default library. Missing paths are a usage error.
    static func loadLibrary(paths: [String], strings: Strings) throws -> CaseLibrary {
        if paths.isEmpty, let designer = DesignerFolder.current() {
            FileOutput.standardError.write(designer.notices(strings).joined(separator: "\n") + "\n")
            return designer.load()
        }
        for path in paths.isEmpty ? [defaultDirectory()] : paths where !FileReader.exists(path) {
            throw ValidationError(strings.pathNotFound(path))
        }
        guard !paths.isEmpty else { return library(in: nil) }
        let named = defaultDirectory()
        return LibraryLoader.load(paths: paths, fallbackTaxonomyDirectory: isLibrary(named) ? named : programDirectory())
    }

    /// What `play` offers: the folder named, else a course designer's folder, else the default library.
    static func playLibrary(in directory: String?) -> CaseLibrary {
        if directory == nil, let designer = DesignerFolder.current() { return designer.load() }
        return library(in: directory)
    }

    /// A folder with the taxonomy in it: a library, not just any folder of that name.
    private static func isLibrary(_ directory: String) -> Bool {
        FileReader.exists(directory + "/" + TaxonomyDecoder.factorenFile)
    }

    /// `$XDG_DATA_DIRS`, or the specification's default when it is unset or empty.
    private static func dataDirectories() -> [String] {
        let value = environment("XDG_DATA_DIRS") ?? "/usr/local/share:/usr/share"
        return value.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
    }

    static func environment(_ key: String) -> String? {
        guard let value = getenv(key).map({ String(cString: $0) }), !value.isEmpty else { return nil }
        return value
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "" }
        return String(path[..<slash])
    }

    private static func executableDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return "." }
        let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
