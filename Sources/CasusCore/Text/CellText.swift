/// What one terminal cell can hold. ncursesw stores a cell as one spacing
/// character plus at most four zero-width ones (`CCHARW_MAX` is 5 in Debian's
/// ncurses 6.4), and `setcchar` stops at the first later character that has a
/// width of its own: a skin-tone modifier, the second letter of a flag, the emoji
/// after a zero-width joiner. Such a grapheme is drawn as a visible stand-in
/// that keeps every part (`👍+🏽`, `👩+👩+👧`, `[NL]`), never as a different emoji.
public enum CellText {
    public static let maxCodePoints = 5

    /// Whether ncursesw can keep `character` whole in one cell. Never with a zero-width joiner:
    /// a terminal that joins emoji (tmux does) would pull the next cell's character into this
    /// one, and curses' idea of the screen would no longer be the terminal's.
    public static func fits(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count <= maxCodePoints, let first = scalars.first, DisplayWidth.of(first) > 0 else { return false }
        return scalars.dropFirst().allSatisfy { DisplayWidth.of($0) == 0 && $0.value != 0x200D }
    }

    /// Whether the stand-in shows more than the grapheme without its invisible characters: a
    /// joiner between emoji, a modifier or a flag does; a stray joiner after a letter does not.
    public static func needsVisibleStandIn(_ character: Character) -> Bool {
        guard !fits(character) else { return false }
        let visible = character.unicodeScalars.filter { $0.properties.generalCategory != .format }
        return visible.count > 0 && (visible.count > maxCodePoints || visible.dropFirst().contains { DisplayWidth.of($0) > 0 })
    }

    /// What the cells draw for `character`, one string per cell-sized piece: itself when it
    /// fits, else its stand-in. Pieces, not one string: a skin-tone modifier after `+` would
    /// join the `+` as one grapheme again.
    public static func drawn(_ character: Character) -> [String] {
        fits(character) ? [String(character)] : standInPieces(for: character)
    }

    /// The stand-in as text, for messages (`👍+🏽`).
    public static func standIn(for character: Character) -> String {
        standInPieces(for: character).joined()
    }

    /// A visible stand-in made of pieces that each fit a cell. Flags become their region code
    /// (`[NL]`, `[GB-SCT]`); other sequences their parts joined by `+` (modifiers and the emoji a
    /// joiner connects); invisible format characters alone draw as nothing.
    static func standInPieces(for character: Character) -> [String] {
        let scalars = Array(character.unicodeScalars)
        if scalars.count == 2, scalars.allSatisfy(isRegionalIndicator) {
            return ["["] + scalars.compactMap { Unicode.Scalar($0.value - 0x1F1E6 + 0x41).map { String($0) } } + ["]"]
        }
        if let region = tagRegion(scalars) { return ["["] + region.map { String($0) } + ["]"] }
        var parts: [[Unicode.Scalar]] = []
        for scalar in scalars {
            if scalar.value == 0x200D || scalar.properties.generalCategory == .format { continue }
            if DisplayWidth.of(scalar) > 0 || parts.isEmpty || parts[parts.count - 1].count >= maxCodePoints {
                // A mark with no base (or one too many for the cell) goes on a dotted circle, as in type specimens.
                parts.append(DisplayWidth.of(scalar) > 0 ? [] : ["\u{25CC}"])
            }
            parts[parts.count - 1].append(scalar)
        }
        var pieces: [String] = []
        for part in parts {
            if !pieces.isEmpty { pieces.append("+") }
            pieces.append(String(String.UnicodeScalarView(part)))
        }
        return pieces
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// 🏴 + tag letters + cancel tag (the flags of Scotland, Wales, England): `GB-SCT`.
    static func tagRegion(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count > 3, scalars.first?.value == 0x1F3F4, scalars.last?.value == 0xE007F else { return nil }
        let tags = scalars.dropFirst().dropLast()
        guard tags.allSatisfy({ (0xE0061...0xE007A).contains($0.value) || (0xE0030...0xE0039).contains($0.value) }) else { return nil }
        let letters = String(String.UnicodeScalarView(tags.compactMap { Unicode.Scalar($0.value - 0xE0000) })).uppercased()
        return letters.count > 2 ? String(letters.prefix(2)) + "-" + String(letters.dropFirst(2)) : letters
    }
}
