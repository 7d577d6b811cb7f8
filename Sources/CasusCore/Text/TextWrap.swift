/// Word wrapping by display width, for Dutch text on narrow projector screens.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in SafeText.sanitize(text).split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.ofCells(word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            // A word longer than the line is cut hard rather than overflowing.
            while wordWidth > width {
                let (head, rest) = split(word, at: width)
                if !head.isEmpty { lines.append(head) }
                word = rest
                wordWidth = DisplayWidth.ofCells(word)
            }
            current = word
            currentWidth = wordWidth
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `text` shortened to `width` cells, with "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = SafeText.sanitize(text)
        if DisplayWidth.ofCells(clean) <= width { return clean }
        return split(clean, at: width - 1).head + "…"
    }

    static func split(_ word: String, at width: Int) -> (head: String, rest: String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let w = DisplayWidth.cells(word[index])
            if used + w > width { break }
            head.append(word[index])
            used += w
            index = word.index(after: index)
        }
        if head.isEmpty && index < word.endIndex {
            // A double-width character on a one-cell line: skip it rather than loop.
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
