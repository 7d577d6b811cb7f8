#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// WCAG 2 contrast: relative luminance of sRGB colours and the ratio between two of them.
public enum Contrast {
    /// What every text pair of a colour theme must reach: WCAG AAA (7:1), because a projector
    /// in a lit room washes colours out and the back row reads from several metres.
    public static let minimum = 7.0

    /// Relative luminance (0 black … 1 white) with the sRGB transfer curve undone.
    public static func luminance(_ colour: Palette.RGB) -> Double {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue)
    }

    /// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
    public static func ratio(_ a: Palette.RGB, _ b: Palette.RGB) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The ratio of two palette indices, or nil when either has no fixed RGB (0–15, -1).
    public static func ratio(foreground: Int, background: Int) -> Double? {
        guard let fg = Palette.rgb(foreground), let bg = Palette.rgb(background) else { return nil }
        return ratio(fg, bg)
    }
}
