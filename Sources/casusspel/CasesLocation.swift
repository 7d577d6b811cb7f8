import ArgumentParser
import CasusCore
import CasusIO

#if canImport(Glibc)
    import Glibc
#endif

/// Where the shipped library is when the user names none: `$CASUSSPEL_CASES`,
/// else `./Cases`, else the `Cases/` of the package the binary was built in
/// (so `.build/debug/casusspel` works from any folder).
enum CasesLocation {
    static let folderName = "Cases"

    static func defaultDirectory() -> String {
        if let env = getenv("CASUSSPEL_CASES").map({ String(cString: $0) }), !env.isEmpty { return env }
        if FileReader.isDirectory(folderName) { return folderName }
        var dir = executableDirectory()
        for _ in 0..<5 {
            let candidate = dir + "/" + folderName
            if FileReader.exists(candidate + "/" + TaxonomyDecoder.factorenFile) { return candidate }
            guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
            dir = String(dir[..<slash])
        }
        return folderName
    }

    /// Loads what the user named (or the default library), after refusing missing paths as a usage error.
    static func loadLibrary(paths: [String], strings: Strings) throws -> CaseLibrary {
        let targets = paths.isEmpty ? [defaultDirectory()] : paths
        for path in targets where !FileReader.exists(path) {
            throw ValidationError(strings.pathNotFound(path))
        }
        return LibraryLoader.load(paths: targets, fallbackTaxonomyDirectory: defaultDirectory())
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
