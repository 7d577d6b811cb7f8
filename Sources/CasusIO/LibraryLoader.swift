import CasusCore

/// Reads case and taxonomy files from disk and hands their bytes to the core's
/// `CaseFile`; directories are listed here, files are parsed on all cores.
public enum LibraryLoader {
    /// Loads the taxonomy and every case under `paths` (directories: their `*.json`
    /// files; files: themselves). The taxonomy comes from the first directory named,
    /// or the folder of the first file, or else `fallbackTaxonomyDirectory` — so a
    /// designer can preview one file from anywhere against the shipped lists.
    ///
    /// `ownCases` is a user's own folder listed after the others and checked against the
    /// same taxonomy; where one of its cases has the id of a case from `paths`, the own case
    /// is kept and the other dropped, with a warning instead of a duplicate-id error.
    public static func load(paths: [String], fallbackTaxonomyDirectory: String? = nil, ownCases: String? = nil) -> CaseLibrary {
        var diagnostics: [Diagnostic] = []
        var caseFiles: [(display: String, name: String, own: Bool)] = []
        for (raw, own) in paths.map({ ($0, false) }) + (ownCases.map { [($0, true)] } ?? []) {
            let path = normalized(raw)
            if FileReader.isDirectory(path) {
                switch FileReader.jsonFiles(in: path) {
                case .success(let names):
                    for name in names where !CaseFile.isTaxonomyFile(name) {
                        caseFiles.append((join(path, name), name, own))
                    }
                case .failure(let failure):
                    diagnostics.append(fileDiagnostic(path, failure))
                }
            } else if !CaseFile.isTaxonomyFile(baseName(path)) {
                caseFiles.append((path, baseName(path), own))
            }
        }

        let taxonomyDir = taxonomyDirectory(for: paths.map(normalized), fallback: fallbackTaxonomyDirectory)
        let (taxonomy, taxonomyDiagnostics) = loadTaxonomy(in: taxonomyDir)
        diagnostics += taxonomyDiagnostics
        var filesRead = [TaxonomyDecoder.factorenFile, TaxonomyDecoder.pijlersFile].count { FileReader.exists(join(taxonomyDir, $0)) }

        // Files are independent until the duplicate-id check, which runs in file order afterwards.
        let results = ParallelMap.map(caseFiles.map { FileJob(display: $0.display, name: $0.name) }) { job in
            decode(job.display, fileName: job.name, taxonomy: taxonomy)
        }
        var cases: [LoadedCase] = []
        var firstSeen: [String: (file: String, line: Int)] = [:]
        // The first valid own case per id: it replaces any other case with that id.
        var ownClaims: [String: Int] = [:]
        for index in results.indices where caseFiles[index].own {
            if let id = results[index].loaded?.casus.id, ownClaims[id] == nil { ownClaims[id] = index }
        }
        for (index, result) in results.enumerated() {
            let display = caseFiles[index].display
            filesRead += 1
            diagnostics += result.diagnostics
            guard let loaded = result.loaded else { continue }
            let casus = loaded.casus
            if !caseFiles[index].own, let own = ownClaims[casus.id] {
                diagnostics.append(
                    Diagnostic(
                        file: caseFiles[own].display, location: results[own].idLocation ?? .start, path: "id",
                        problem: .replacesCase(casus.id, replacedFile: display), severity: .warning))
                continue
            }
            if let first = firstSeen[casus.id] {
                let location = result.idLocation ?? .start
                diagnostics.append(
                    Diagnostic(
                        file: display, location: location, path: "id",
                        problem: .duplicateID(casus.id, firstFile: first.file, firstLine: first.line)))
                continue
            }
            firstSeen[casus.id] = (display, result.idLocation?.line ?? 1)
            cases.append(loaded)
        }
        return CaseLibrary(taxonomy: taxonomy, cases: cases, diagnostics: diagnostics, filesRead: filesRead)
    }

    private struct FileJob: Sendable {
        let display: String
        let name: String
    }

    public static func loadTaxonomy(in directory: String) -> (Taxonomy?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func read(_ name: String) -> (file: String, bytes: [UInt8])? {
            let path = join(directory, name)
            guard FileReader.exists(path) else {
                diagnostics.append(
                    Diagnostic(file: path, location: .start, path: "", problem: .taxonomyMissing(directory: directory, file: name)))
                return nil
            }
            switch FileReader.read(path) {
            case .success(let bytes): return (path, bytes)
            case .failure(let failure):
                diagnostics.append(fileDiagnostic(path, failure))
                return nil
            }
        }
        let factoren = read(TaxonomyDecoder.factorenFile)
        let pijlers = read(TaxonomyDecoder.pijlersFile)
        let (taxonomy, found) = CaseFile.decodeTaxonomy(factoren: factoren, pijlers: pijlers)
        return (taxonomy, diagnostics + found)
    }

    /// One case file on its own, against a taxonomy already loaded: what `R` in the game rereads.
    public static func loadCase(_ file: String, taxonomy: Taxonomy?) -> (LoadedCase?, [Diagnostic]) {
        let decoded = decode(file, fileName: baseName(file), taxonomy: taxonomy)
        return (decoded.loaded, decoded.diagnostics)
    }

    private static func decode(_ file: String, fileName: String, taxonomy: Taxonomy?) -> CaseFile.Decoded {
        switch FileReader.read(file) {
        case .success(let bytes): return CaseFile.decodeCase(bytes, file: file, fileName: fileName, taxonomy: taxonomy)
        case .failure(let failure): return CaseFile.Decoded(loaded: nil, idLocation: nil, diagnostics: [fileDiagnostic(file, failure)])
        }
    }

    private static func taxonomyDirectory(for paths: [String], fallback: String?) -> String {
        if let dir = paths.first(where: FileReader.isDirectory) { return dir }
        if let file = paths.first {
            let dir = parentDirectory(file)
            if FileReader.exists(join(dir, TaxonomyDecoder.factorenFile)) || fallback == nil { return dir }
        }
        return fallback ?? "."
    }

    private static func fileDiagnostic(_ path: String, _ failure: ReadFailure) -> Diagnostic {
        Diagnostic(file: path, location: .start, path: "", problem: .reading(failure, limit: FileReader.caseFileLimit))
    }

    static func normalized(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    public static func join(_ directory: String, _ name: String) -> String {
        directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }

    public static func baseName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    public static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
