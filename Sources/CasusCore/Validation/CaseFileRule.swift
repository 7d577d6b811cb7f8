extension CaseFile {
    /// Whether a JSON file in a course designer's own folder is meant as a case: its text names
    /// the case schema (`case.schema.json`, what `nieuw` writes in `$schema`) or has both keys
    /// `"titel"` and `"dilemmas"` that every case has. Other JSON there (settings, a report or
    /// `list --json` saved in a home folder: they have `"titel"` but no `"dilemmas"`) is skipped
    /// with a notice instead of being reported as a broken case. A text rule, not a parse, so a
    /// case with a syntax error is still read and its error reported.
    public static func looksLikeCase(_ bytes: [UInt8]) -> Bool {
        contains(bytes, Array("case.schema.json".utf8))
            || contains(bytes, Array("\"titel\"".utf8)) && contains(bytes, Array("\"dilemmas\"".utf8))
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
