/// Short labels for groups where a screen has no room for their names: eight groups on a
/// projector at 60 columns, or a reveal line listing who chose an option. A label must tell
/// the groups apart at a glance, so a word every name shares ("Team", "Groep") goes first,
/// and each label is the shortest start of what remains that no other group shares.
public enum GroupLabels {
    /// Labels are at least this long where the name allows, so "E" does not stand for Escamp.
    public static let minimumLength = 3

    public static func short(_ names: [String]) -> [String] {
        let cores = names.map { Array(stripped($0, sharedWord: sharedFirstWord(names))) }
        var labels = cores.indices.map { i -> String in
            let core = cores[i]
            guard !core.isEmpty else { return String(i + 1) }
            var length = min(minimumLength, core.count)
            // Grow until no other group's name starts the same way.
            // A label never ends at a space: "Escamp " would read as "Escamp".
            while length < core.count,
                core[length - 1] == " " || cores.indices.contains(where: { $0 != i && cores[$0].starts(with: core.prefix(length)) })
            {
                length += 1
            }
            return String(core.prefix(length)).trimmingTrailingSpaces()
        }
        // Names that stay equal (or one is the start of another) get their number.
        let repeated = labels.indices.filter { i in labels.indices.contains { $0 != i && labels[$0] == labels[i] } }
        for i in repeated { labels[i] += " \(i + 1)" }
        return labels
    }

    /// Labels that together take at most `width` cells (each label's own width; the caller adds
    /// marks and gaps): the full names when they fit, else the short labels grown one character at a
    /// time, in turn, toward the names without their shared word, as far as the room allows.
    public static func fitted(_ names: [String], width: Int) -> [String] {
        let cells = { (labels: [String]) in labels.reduce(0) { $0 + DisplayWidth.ofDrawn($1) } }
        if cells(names) <= width { return names }
        let shared = sharedFirstWord(names)
        let cores = names.map { Array(stripped($0, sharedWord: shared)) }
        var labels = short(names)
        // Numbered labels ("Rood 3") stay as they are; the others grow along their name.
        var lengths = labels.indices.map { cores[$0].starts(with: Array(labels[$0])) ? labels[$0].count : nil }
        var grew = true
        while grew {
            grew = false
            for i in labels.indices {
                guard let length = lengths[i], length < cores[i].count else { continue }
                let candidate = String(cores[i].prefix(length + 1))
                let total = cells(labels) - DisplayWidth.ofDrawn(labels[i]) + DisplayWidth.ofDrawn(candidate)
                guard total <= width else { continue }
                labels[i] = candidate
                lengths[i] = length + 1
                grew = true
            }
        }
        return labels.map { $0.hasSuffix(" ") ? String($0.dropLast()) : $0 }
    }

    /// Each label at most `each` cells where its short label allows: the short label grown along
    /// the name without its shared word ("Loosd" for "Team Loosduinen" in five cells).
    public static func fitted(_ names: [String], each: Int) -> [String] {
        // All names or none: "Team Laak" beside "Loosduinen" would read as two kinds of group.
        if names.allSatisfy({ DisplayWidth.ofDrawn($0) <= each }) { return names }
        let shared = sharedFirstWord(names)
        return zip(names, short(names)).map { name, label in
            let core = Array(stripped(name, sharedWord: shared))
            guard core.starts(with: Array(label)) else { return label }
            var length = label.count
            while length < core.count, DisplayWidth.ofDrawn(String(core.prefix(length + 1))) <= each { length += 1 }
            var grown = String(core.prefix(length))
            while grown.last == " " { grown.removeLast() }
            return grown
        }
    }

    /// The first word when every name has it and something after it ("Team Laak", "Team Escamp").
    static func sharedFirstWord(_ names: [String]) -> String? {
        guard names.count > 1 else { return nil }
        let firsts = names.map { $0.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true) }
        guard let word = firsts.first?.first, firsts.allSatisfy({ $0.count == 2 && $0[0] == word }) else { return nil }
        return String(word)
    }

    static func stripped(_ name: String, sharedWord: String?) -> Substring {
        let trimmed = name.drop(while: { $0 == " " })
        guard let sharedWord, trimmed.hasPrefix(sharedWord + " ") else { return trimmed }
        return trimmed.dropFirst(sharedWord.count + 1).drop(while: { $0 == " " })
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
