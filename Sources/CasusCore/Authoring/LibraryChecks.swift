/// Checks across a whole set of cases for what a single case cannot show: a
/// surface feature of the options that predicts the score (so groups learn to
/// read lengths, positions or words instead of the case), and visibility calls
/// that all follow the taxonomy's default (so groups learn a table by heart).
public struct LibraryChecks: Sendable, Equatable {
    /// A rule beating a random pick by more than this many points per dilemma is a warning.
    public static let surfaceMargin = 0.35
    /// More than this share of the calls equal to the default is a warning.
    public static let defaultShareLimit = 0.6
    /// How many of the most frequent content words in option texts are tried as a rule.
    public static let wordCount = 20

    public enum Rule: Sendable, Equatable, Hashable {
        /// Always pick the option with this length rank (1 = longest).
        case lengthRank(Int)
        /// Always pick the option at this position (1 = first).
        case position(Int)
        /// Always pick an option containing this word.
        case word(String)
    }

    /// What always following one rule earns, against a random pick, in mean points per dilemma.
    public struct Outcome: Sendable, Equatable {
        public let rule: Rule
        public let mean: Double
        public let random: Double
        public var advantage: Double { mean - random }
    }

    public struct VisibilityCalls: Sendable, Equatable {
        /// Calls on factors whose taxonomy default is zichtbaar or onzichtbaar.
        public let total: Int
        /// Of those, the calls equal to that default.
        public let asDefault: Int

        public var differing: Int { total - asDefault }
        public var defaultShare: Double { total == 0 ? 0 : Double(asDefault) / Double(total) }
    }

    public let dilemmaCount: Int
    /// Every rule tried, in a fixed order: length ranks, positions, then words by frequency.
    public let outcomes: [Outcome]
    public let visibility: VisibilityCalls

    public init(cases: [Casus], taxonomy: Taxonomy?) {
        let dilemmas = cases.flatMap(\.dilemmas).filter { !$0.opties.isEmpty }
        dilemmaCount = dilemmas.count
        let random = Self.mean(dilemmas.map(Self.randomPick))
        let most = dilemmas.map(\.opties.count).max() ?? 0
        // Each option's words once: the word rules look them up for every dilemma.
        let words = dilemmas.map { $0.opties.map { SurfaceWords.words(in: $0.tekst) } }
        var rules: [Rule] = []
        if most > 0 { rules += (1...most).map(Rule.lengthRank) + (1...most).map(Rule.position) }
        rules += SurfaceWords.mostFrequent(in: words, count: Self.wordCount).map(Rule.word)
        outcomes = rules.map { rule in
            let scores = dilemmas.indices.map { Self.score(of: rule, in: dilemmas[$0], words: words[$0]) }
            return Outcome(rule: rule, mean: Self.mean(scores), random: random)
        }
        visibility = Self.visibilityCalls(cases, taxonomy)
    }

    /// The rules that beat a random pick by more than the margin.
    public var predictiveRules: [Outcome] { outcomes.filter { $0.advantage > Self.surfaceMargin } }

    public var tooManyDefaultCalls: Bool { visibility.defaultShare > Self.defaultShareLimit }

    /// The expected score of a random pick: the mean of the option scores.
    static func randomPick(_ dilemma: Dilemma) -> Double {
        mean(dilemma.opties.map { Double($0.score) })
    }

    /// What the rule scores in one dilemma. Where it cannot tell options apart (a tie
    /// in length, a word in several options) the player picks among them at random;
    /// where it does not apply (no fourth option, the word in none or all), the whole dilemma.
    static func score(of rule: Rule, in dilemma: Dilemma, words: [Set<String>]) -> Double {
        let opties = dilemma.opties
        switch rule {
        case .lengthRank(let k):
            guard k <= opties.count else { return randomPick(dilemma) }
            let lengths = opties.map(\.tekst.count)
            let length = lengths.sorted(by: >)[k - 1]
            return mean(opties.filter { $0.tekst.count == length }.map { Double($0.score) })
        case .position(let p):
            return p <= opties.count ? Double(opties[p - 1].score) : randomPick(dilemma)
        case .word(let w):
            let with = opties.indices.filter { words[$0].contains(w) }
            return with.isEmpty ? randomPick(dilemma) : mean(with.map { Double(opties[$0].score) })
        }
    }

    private static func visibilityCalls(_ cases: [Casus], _ taxonomy: Taxonomy?) -> VisibilityCalls {
        var total = 0
        var asDefault = 0
        for factor in cases.flatMap(\.personen).flatMap(\.factoren) {
            let meestal = taxonomy?.factor(factor.factor)?.meestal
            let standard: Zichtbaarheid? =
                switch meestal {
                case .zichtbaar: .zichtbaar
                case .onzichtbaar: .onzichtbaar
                case .wisselend, nil: nil
                }
            guard let standard else { continue }
            total += 1
            if factor.zichtbaarheid == standard { asDefault += 1 }
        }
        return VisibilityCalls(total: total, asDefault: asDefault)
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
