/// Whether a cue is a literal quotation of the text the players see, tolerant of
/// what an author cannot see in an editor: runs of white space and typographic
/// versus straight quotes and apostrophes.
public struct CueCheck: Sendable {
    private let texts: [[UInt8]]

    /// `visible`: every `verhaal` paragraph and every person's card, each searched on its own.
    public init(visible: [String]) {
        texts = visible.map { Array(Self.normalized($0).utf8) }
    }

    public func occurs(_ cue: String) -> Bool {
        let needle = Array(Self.normalized(cue).utf8)
        guard !needle.isEmpty else { return false }
        return texts.contains { Self.contains($0, needle) }
    }

    /// White space runs become one space (trimmed at both ends); ‘ ’ ‚ ‛ become ', “ ” „ ‟ become ".
    public static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": out.append("\"")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Lower-cased runs of letters and digits: what counts as a word in a cue.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A cue made only of the factor's id and the words of its name ("Taal en
    /// geletterdheid") names the factor instead of showing where it is seen.
    public static func isLabel(_ cue: String, factorID: String, factorName: String?) -> Bool {
        let cueWords = words(cue)
        guard !cueWords.isEmpty else { return false }
        let label = Set(words(factorID) + words(factorName ?? ""))
        return cueWords.allSatisfy(label.contains)
    }

    /// A plain byte search: the texts are short and already normalized.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var i = 1
            while i < needle.count && haystack[start + i] == needle[i] { i += 1 }
            if i == needle.count { return true }
        }
        return false
    }
}
