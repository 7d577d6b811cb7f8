public struct LoadedCase: Sendable, Equatable {
    /// The path as it was reached from what the user named, for messages.
    public let file: String
    public let casus: Casus
    /// FNV-1a of the file's bytes, logged at case start so a report or resume can
    /// tell that a case changed since it was played.
    public let contentHash: String

    public init(file: String, casus: Casus, contentHash: String) {
        self.file = file
        self.casus = casus
        self.contentHash = contentHash
    }

    public static func hash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16).leftPadded(to: 16)
    }
}

/// Everything loaded from a set of paths: the taxonomy, the valid cases and
/// every problem found along the way. Invalid cases are left out, not fatal.
public struct CaseLibrary: Sendable {
    public let taxonomy: Taxonomy?
    public let cases: [LoadedCase]
    public let diagnostics: [Diagnostic]
    /// Case and taxonomy files looked at, valid or not.
    public let filesRead: Int

    public init(taxonomy: Taxonomy?, cases: [LoadedCase], diagnostics: [Diagnostic], filesRead: Int) {
        self.taxonomy = taxonomy
        self.cases = cases
        self.diagnostics = diagnostics
        self.filesRead = filesRead
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public func casus(_ id: String) -> LoadedCase? { cases.first { $0.casus.id == id } }

    /// Where a user's own case took the place of a shipped one with the same id.
    public var replacements: [Diagnostic] {
        diagnostics.filter {
            if case .replacesCase = $0.problem { true } else { false }
        }
    }
}

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
                    for name in names where !isTaxonomyFile(name) {
                        caseFiles.append((join(path, name), name, own))
                    }
                case .failure(let failure):
                    diagnostics.append(fileDiagnostic(path, failure))
                }
            } else if !isTaxonomyFile(baseName(path)) {
                caseFiles.append((path, baseName(path), own))
            }
        }

        let taxonomyDir = taxonomyDirectory(for: paths.map(normalized), fallback: fallbackTaxonomyDirectory)
        let (taxonomy, taxonomyDiagnostics) = loadTaxonomy(in: taxonomyDir)
        diagnostics += taxonomyDiagnostics
        var filesRead = [TaxonomyDecoder.factorenFile, TaxonomyDecoder.pijlersFile].count { FileReader.exists(join(taxonomyDir, $0)) }

        // Files are independent until the duplicate-id check, which runs in file order afterwards.
        let results = ParallelMap.map(caseFiles.map { FileJob(display: $0.display, name: $0.name) }) { job in
            var found: [Diagnostic] = []
            let one = loadOne(job.display, fileName: job.name, taxonomy: taxonomy, into: &found)
            return FileResult(loaded: one?.1, idLocation: one.flatMap { idLocation($0.0) }, diagnostics: found)
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

    /// What one file contributes; the parse tree itself is dropped as soon as the case is decoded.
    private struct FileResult: Sendable {
        let loaded: LoadedCase?
        let idLocation: SourceLocation?
        let diagnostics: [Diagnostic]
    }

    public static func loadTaxonomy(in directory: String) -> (Taxonomy?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let factorenPath = join(directory, TaxonomyDecoder.factorenFile)
        let pijlersPath = join(directory, TaxonomyDecoder.pijlersFile)
        var factoren: [Factor]?
        var pijlers: [Pijler]?
        if !FileReader.exists(factorenPath) {
            diagnostics.append(missingTaxonomy(directory, TaxonomyDecoder.factorenFile))
        } else if let root = parseFile(factorenPath, into: &diagnostics) {
            let result = TaxonomyDecoder.decodeFactoren(root, file: factorenPath)
            factoren = result.factoren
            diagnostics += result.diagnostics
        }
        if !FileReader.exists(pijlersPath) {
            diagnostics.append(missingTaxonomy(directory, TaxonomyDecoder.pijlersFile))
        } else if let root = parseFile(pijlersPath, into: &diagnostics) {
            let result = TaxonomyDecoder.decodePijlers(root, file: pijlersPath)
            pijlers = result.pijlers
            diagnostics += result.diagnostics
        }
        guard let factoren, let pijlers else { return (nil, diagnostics) }
        return (Taxonomy(factoren: factoren, pijlers: pijlers), diagnostics)
    }

    /// One case file on its own, against a taxonomy already loaded: what `R` in the game rereads.
    public static func loadCase(_ file: String, taxonomy: Taxonomy?) -> (LoadedCase?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let loaded = loadOne(file, fileName: baseName(file), taxonomy: taxonomy, into: &diagnostics)?.1
        return (loaded, diagnostics)
    }

    /// Reads, parses, decodes and hashes one case file; nil when it could not be parsed at all.
    private static func loadOne(_ file: String, fileName: String, taxonomy: Taxonomy?, into diagnostics: inout [Diagnostic])
        -> (JSONValue, LoadedCase?)?
    {
        guard let (root, bytes) = parseFileKeepingBytes(file, into: &diagnostics) else { return nil }
        let (casus, found) = CaseDecoder.decode(root, file: file, fileName: fileName, taxonomy: taxonomy)
        diagnostics += found
        return (root, casus.map { LoadedCase(file: file, casus: $0, contentHash: LoadedCase.hash(bytes)) })
    }

    /// Reads and parses one file; any failure becomes a single diagnostic.
    static func parseFile(_ path: String, into diagnostics: inout [Diagnostic]) -> JSONValue? {
        parseFileKeepingBytes(path, into: &diagnostics)?.0
    }

    static func parseFileKeepingBytes(_ path: String, into diagnostics: inout [Diagnostic]) -> (JSONValue, [UInt8])? {
        switch FileReader.read(path) {
        case .failure(let failure):
            diagnostics.append(fileDiagnostic(path, failure))
            return nil
        case .success(let bytes):
            do {
                return (try JSONParser.parse(bytes), bytes)
            } catch {
                diagnostics.append(Diagnostic(file: path, location: error.location, path: "", problem: .syntax(error.reason)))
                return nil
            }
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

    private static func idLocation(_ root: JSONValue) -> SourceLocation? {
        guard case .object(let members) = root.kind else { return nil }
        return members.first { $0.key == "id" }?.value.location
    }

    private static func missingTaxonomy(_ directory: String, _ file: String) -> Diagnostic {
        Diagnostic(file: join(directory, file), location: .start, path: "", problem: .taxonomyMissing(directory: directory, file: file))
    }

    private static func fileDiagnostic(_ path: String, _ failure: FileReader.Failure) -> Diagnostic {
        Diagnostic(file: path, location: .start, path: "", problem: .reading(failure, limit: FileReader.caseFileLimit))
    }

    static func isTaxonomyFile(_ name: String) -> Bool {
        name == TaxonomyDecoder.factorenFile || name == TaxonomyDecoder.pijlersFile
    }

    static func normalized(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
