/// A case or taxonomy file's bytes → values and diagnostics. Pure: the bytes
/// come from the edge (`CasusIO.LibraryLoader`), so the validator runs the same
/// on a file, a fuzzer's input or a test's string.
public enum CaseFile {
    public struct Decoded: Sendable {
        public let loaded: LoadedCase?
        /// Where `id` stands, for the duplicate-id message that names both files.
        public let idLocation: SourceLocation?
        public let diagnostics: [Diagnostic]

        public init(loaded: LoadedCase?, idLocation: SourceLocation?, diagnostics: [Diagnostic]) {
            self.loaded = loaded
            self.idLocation = idLocation
            self.diagnostics = diagnostics
        }
    }

    /// Parses, decodes and hashes one case file.
    public static func decodeCase(_ bytes: [UInt8], file: String, fileName: String, taxonomy: Taxonomy?) -> Decoded {
        var diagnostics: [Diagnostic] = []
        guard let root = parse(bytes, file: file, into: &diagnostics) else {
            return Decoded(loaded: nil, idLocation: nil, diagnostics: diagnostics)
        }
        let (casus, found) = CaseDecoder.decode(root, file: file, fileName: fileName, taxonomy: taxonomy)
        diagnostics += found
        let loaded = casus.map { LoadedCase(file: file, casus: $0, contentHash: LoadedCase.hash(bytes)) }
        return Decoded(loaded: loaded, idLocation: idLocation(root), diagnostics: diagnostics)
    }

    /// The taxonomy from the bytes of `factoren.json` and `pijlers.json` (nil where a file could not be read).
    public static func decodeTaxonomy(
        factoren: (file: String, bytes: [UInt8])?, pijlers: (file: String, bytes: [UInt8])?
    ) -> (Taxonomy?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var factorList: [Factor]?
        var pijlerList: [Pijler]?
        var pijlerBron: String?
        if let factoren, let root = parse(factoren.bytes, file: factoren.file, into: &diagnostics) {
            let result = TaxonomyDecoder.decodeFactoren(root, file: factoren.file)
            factorList = result.factoren
            diagnostics += result.diagnostics
        }
        if let pijlers, let root = parse(pijlers.bytes, file: pijlers.file, into: &diagnostics) {
            let result = TaxonomyDecoder.decodePijlers(root, file: pijlers.file)
            pijlerList = result.pijlers
            pijlerBron = result.bron
            diagnostics += result.diagnostics
        }
        guard let factorList, let pijlerList else { return (nil, diagnostics) }
        return (Taxonomy(factoren: factorList, pijlers: pijlerList, pijlerBron: pijlerBron), diagnostics)
    }

    /// Any syntax error becomes a single diagnostic at its position.
    public static func parse(_ bytes: [UInt8], file: String, into diagnostics: inout [Diagnostic]) -> JSONValue? {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            diagnostics.append(Diagnostic(file: file, location: error.location, path: "", problem: .syntax(error.reason)))
            return nil
        }
    }

    public static func isTaxonomyFile(_ name: String) -> Bool {
        name == TaxonomyDecoder.factorenFile || name == TaxonomyDecoder.pijlersFile
    }

    private static func idLocation(_ root: JSONValue) -> SourceLocation? {
        guard case .object(let members) = root.kind else { return nil }
        return members.first { $0.key == "id" }?.value.location
    }
}
