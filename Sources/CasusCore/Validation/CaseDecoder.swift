/// Turns a parsed case file into a `Casus`, checking structure and meaning
/// against the taxonomy. Returns the case only when there are no errors, and
/// always every diagnostic it found. Reads format 1 (with a notice that
/// `casusspel migreer` converts it) and format 2, by `schemaVersion`.
public enum CaseDecoder {
    /// The format new files are written in.
    public static let schemaVersion = CaseFormat.v2.rawValue
    public static let supportedVersions = CaseFormat.v1.rawValue...CaseFormat.v2.rawValue
    static let slugMaxLength = 64
    /// Longest option text at most this many times the shortest, or a warning.
    static let maxLengthRatio = 2.5
    /// Format 2: at least this many options scored at least `defensibleScore`, so the vote is a real dilemma.
    public static let defensibleOptions = 2
    public static let defensibleScore = 2

    public static func decode(_ root: JSONValue, file: String, fileName: String?, taxonomy: Taxonomy?)
        -> (casus: Casus?, diagnostics: [Diagnostic])
    {
        var r = FieldReader(file: file)
        guard case .object(let members) = root.kind else {
            r.report(.wrongType(expected: .object, found: root.type), at: root.location, .root)
            return (nil, r.diagnostics)
        }
        if let pointer = members.first(where: { $0.key == "$schema" })?.value, pointer.type != .string {
            r.report(.wrongType(expected: .string, found: pointer.type), at: pointer.location, .root.key("$schema"))
        }
        let path = FieldPath.root.key("schemaVersion")
        var format = CaseFormat.guessed(from: members)
        if let version = members.first(where: { $0.key == "schemaVersion" })?.value {
            if case .number(let literal) = version.kind {
                // Judged by value, as JSON Schema does: 2.0 is 2.
                guard case .value(let number) = WholeNumber(literal), let known = CaseFormat(rawValue: number) else {
                    // Another version may have other fields: checking them against these would only mislead.
                    r.report(
                        .unsupportedSchemaVersion(FieldReader.shortened(literal), supported: schemaVersion), at: version.location, path)
                    return (nil, r.diagnostics)
                }
                format = known
                if known == .v1 { r.report(.formatVersion1(file: file), at: version.location, path, severity: .warning) }
            } else {
                r.report(.wrongType(expected: .wholeNumber, found: version.type), at: version.location, path)
            }
        }
        guard let fields = r.object(root, .root, allowed: format.caseKeys, renamed: format.renamed) else { return (nil, r.diagnostics) }
        _ = r.member(fields, "schemaVersion")  // reports it when missing
        var decoding = CaseDecoding(reader: r, format: format, taxonomy: taxonomy)
        let casus = decoding.decode(fields, fileName: fileName)
        return (casus, decoding.r.diagnostics)
    }

    public static func isSlug(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= slugMaxLength else { return false }
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }
}
