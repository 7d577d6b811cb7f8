/// How roles look. Colours are xterm-256 palette indices (-1 = terminal default, used only by
/// mono); attributes carry the meaning where colour is absent (mono, NO_COLOR, a terminal
/// with fewer than 256 colours), so the selection is reverse video and headings bold there.
/// The selection and the group whose turn it is also carry ▸, so no role depends on colour alone.
public struct Theme: Sendable {
    public struct Look: Sendable, Equatable {
        public var foreground: Int16
        public var background: Int16
        public var bold = false
        public var reverse = false
        public var underline = false
    }

    public enum Name: String, Sendable, CaseIterable {
        case projector, donker, licht, mono
    }

    public let name: Name
    public let usesColor: Bool
    private let looks: [Role: Look]

    public func look(_ role: Role) -> Look { looks[role] ?? Look(foreground: -1, background: -1) }

    /// `NO_COLOR` (any non-empty value) forces mono, as https://no-color.org asks.
    public static func named(_ name: Name, noColor: Bool) -> Theme {
        noColor ? .mono : theme(name)
    }

    static func theme(_ name: Name) -> Theme {
        switch name {
        case .projector: projector
        case .donker: donker
        case .licht: licht
        case .mono: mono
        }
    }

    // Colour themes use only palette indices 16–255 (fixed RGB, see `Palette`) and reach
    // `Contrast.minimum` for every role (`ThemeContrastTests`). Bold stays for structure;
    // nothing is dimmed, because dim grey vanishes on a projector.
    // 16 #000000, 18 #000087, 51 #00ffff, 90 #870087, 110 #87afd7, 117 #87d7ff, 124 #af0000,
    // 153 #afd7ff, 210 #ff8787, 222 #ffd787, 226 #ffff00, 231 #ffffff; 235 #262626 … 255 #eeeeee greys.

    /// Light text on black with a yellow title bar: the default, for a projector in a lit room.
    static let projector = Theme(
        name: .projector, usesColor: true,
        looks: [
            .body: Look(foreground: 255, background: 16),
            .title: Look(foreground: 16, background: 226, bold: true),
            .heading: Look(foreground: 226, background: 16, bold: true),
            .hint: Look(foreground: 16, background: 252),
            .muted: Look(foreground: 250, background: 16),
            .selected: Look(foreground: 16, background: 51, bold: true),
            .accent: Look(foreground: 51, background: 16, bold: true),
            .warning: Look(foreground: 231, background: 124, bold: true),
            .frame: Look(foreground: 250, background: 16),
            .statusBar: Look(foreground: 16, background: 226, bold: true),
        ])

    /// Softer: light grey on dark grey, light blue for structure; for a screen rather than a wall.
    static let donker = Theme(
        name: .donker, usesColor: true,
        looks: [
            .body: Look(foreground: 254, background: 235),
            .title: Look(foreground: 117, background: 235, bold: true),
            .heading: Look(foreground: 117, background: 235, bold: true),
            .hint: Look(foreground: 16, background: 110),
            .muted: Look(foreground: 250, background: 235),
            .selected: Look(foreground: 16, background: 117, bold: true),
            .accent: Look(foreground: 222, background: 235),
            .warning: Look(foreground: 16, background: 210, bold: true),
            .frame: Look(foreground: 153, background: 235),
            .statusBar: Look(foreground: 16, background: 110),
        ])

    /// Black on white with dark blue bars, for rooms that prefer a light wall.
    static let licht = Theme(
        name: .licht, usesColor: true,
        looks: [
            .body: Look(foreground: 16, background: 231),
            .title: Look(foreground: 18, background: 231, bold: true),
            .heading: Look(foreground: 18, background: 231, bold: true),
            .hint: Look(foreground: 231, background: 18),
            .muted: Look(foreground: 238, background: 231),
            .selected: Look(foreground: 231, background: 18, bold: true),
            .accent: Look(foreground: 90, background: 231, bold: true),
            .warning: Look(foreground: 231, background: 124, bold: true),
            .frame: Look(foreground: 18, background: 231),
            .statusBar: Look(foreground: 231, background: 18, bold: true),
        ])

    static let mono = Theme(
        name: .mono, usesColor: false,
        looks: [
            .body: Look(foreground: -1, background: -1),
            .title: Look(foreground: -1, background: -1, bold: true, reverse: true),
            .heading: Look(foreground: -1, background: -1, bold: true),
            .hint: Look(foreground: -1, background: -1, reverse: true),
            .muted: Look(foreground: -1, background: -1),
            .selected: Look(foreground: -1, background: -1, bold: true, reverse: true),
            .accent: Look(foreground: -1, background: -1, bold: true),
            .warning: Look(foreground: -1, background: -1, bold: true, underline: true),
            .frame: Look(foreground: -1, background: -1),
            .statusBar: Look(foreground: -1, background: -1, reverse: true),
        ])
}
