extension Theme {
    /// Why a role's look cannot be trusted to read on a projector.
    public enum TextProblem: Error, Equatable {
        /// A colour theme uses a colour whose RGB depends on the terminal (0–15, or -1 default).
        case noFixedColour(foreground: Int16, background: Int16)
        /// The pair stays below `Contrast.minimum`.
        case lowContrast(Double)
    }

    /// The contrast ratio a look's text reaches in this theme, or why it cannot be known.
    /// Mono has no colours to measure: its text is the terminal's own pair, made distinct by attributes.
    public func contrast(of look: Look) -> Result<Double, TextProblem> {
        guard let ratio = Contrast.ratio(foreground: Int(look.foreground), background: Int(look.background)) else {
            return .failure(.noFixedColour(foreground: look.foreground, background: look.background))
        }
        return ratio < Contrast.minimum ? .failure(.lowContrast(ratio)) : .success(ratio)
    }

    /// Every role of a colour theme that fails `contrast(of:)`; empty for mono.
    public var textProblems: [(Role, TextProblem)] {
        guard usesColor else { return [] }
        return Role.allCases.compactMap { role in
            if case .failure(let problem) = contrast(of: look(role)) { return (role, problem) }
            return nil
        }
    }
}
