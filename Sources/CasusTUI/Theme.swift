/// How roles look. Colours are curses colour numbers (-1 = terminal default);
/// attributes carry the meaning where colour is absent (mono, NO_COLOR), so the
/// selection is always reverse video and headings always bold.
public struct Theme: Sendable {
    public struct Look: Sendable, Equatable {
        public var foreground: Int16
        public var background: Int16
        public var bold = false
        public var reverse = false
        public var underline = false
        public var dim = false
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

    // Curses colour numbers: 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white.
    static let projector = Theme(
        name: .projector, usesColor: true,
        looks: [
            .body: Look(foreground: 7, background: 0),
            .title: Look(foreground: 0, background: 3, bold: true),
            .heading: Look(foreground: 3, background: 0, bold: true),
            .hint: Look(foreground: 0, background: 7),
            .muted: Look(foreground: 7, background: 0, dim: true),
            .selected: Look(foreground: 0, background: 6, bold: true, reverse: false),
            .accent: Look(foreground: 6, background: 0, bold: true),
            .warning: Look(foreground: 0, background: 1, bold: true),
            .frame: Look(foreground: 7, background: 0),
            .statusBar: Look(foreground: 0, background: 3, bold: true),
        ])

    static let donker = Theme(
        name: .donker, usesColor: true,
        looks: [
            .body: Look(foreground: -1, background: -1),
            .title: Look(foreground: 6, background: -1, bold: true),
            .heading: Look(foreground: 6, background: -1, bold: true),
            .hint: Look(foreground: -1, background: -1, dim: true),
            .muted: Look(foreground: -1, background: -1, dim: true),
            .selected: Look(foreground: 0, background: 6),
            .accent: Look(foreground: 3, background: -1),
            .warning: Look(foreground: 1, background: -1, bold: true),
            .frame: Look(foreground: 4, background: -1),
            .statusBar: Look(foreground: 0, background: 4),
        ])

    static let licht = Theme(
        name: .licht, usesColor: true,
        looks: [
            .body: Look(foreground: 0, background: 7),
            .title: Look(foreground: 4, background: 7, bold: true),
            .heading: Look(foreground: 4, background: 7, bold: true),
            .hint: Look(foreground: 7, background: 4),
            .muted: Look(foreground: 0, background: 7, dim: true),
            .selected: Look(foreground: 7, background: 4, bold: true),
            .accent: Look(foreground: 5, background: 7, bold: true),
            .warning: Look(foreground: 7, background: 1, bold: true),
            .frame: Look(foreground: 4, background: 7),
            .statusBar: Look(foreground: 7, background: 4, bold: true),
        ])

    static let mono = Theme(
        name: .mono, usesColor: false,
        looks: [
            .body: Look(foreground: -1, background: -1),
            .title: Look(foreground: -1, background: -1, bold: true, reverse: true),
            .heading: Look(foreground: -1, background: -1, bold: true),
            .hint: Look(foreground: -1, background: -1, reverse: true),
            .muted: Look(foreground: -1, background: -1, dim: true),
            .selected: Look(foreground: -1, background: -1, bold: true, reverse: true),
            .accent: Look(foreground: -1, background: -1, bold: true),
            .warning: Look(foreground: -1, background: -1, bold: true, underline: true),
            .frame: Look(foreground: -1, background: -1),
            .statusBar: Look(foreground: -1, background: -1, reverse: true),
        ])
}
