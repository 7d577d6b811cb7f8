/// Plays a case automatically through the real state machine along every
/// combination of pillar choices (and a seeded sample of factor answers), and
/// reports the score range, the best path, the minutes, and any step a path
/// never reached or any path that ended early.
public struct PlayThrough: Sendable, Equatable {
    public let caseID: String
    public let paths: Int
    public let sampled: Bool
    public let lowest: Int
    public let highest: Int
    /// Option numbers (1-based) of a best path, per dilemma.
    public let bestPath: [Int]
    public let minutes: Int
    public let unreachedSteps: [String]
    public let endedEarly: Int

    /// Paths tried at most; beyond this the pillar combinations are sampled.
    public static let pathLimit = 5_000
    /// Pillar combinations tried per sampled factor answer.
    static let sampleSize = 40

    public init(casus: Casus, taxonomy: Taxonomy, seed: UInt64 = 2026) {
        caseID = casus.id
        minutes = casus.minuten.totaal(dilemmas: casus.dilemmas.count)
        var generator = SplitMix64(seed: seed)
        // Factor answers: nothing, exactly the reference (all calls right), the reference with all calls
        // wrong, and random marks; the pillar choices are enumerated (options and pass).
        let reference = Kant.allCases.flatMap { kant in
            casus.referentie(voor: kant).map { (FactorMark(kant: kant, factor: $0.factor), $0.zichtbaarheid) }
        }
        var factorAnswers: [[(FactorMark, Zichtbaarheid)]] = [
            [], reference, reference.map { ($0.0, $0.1 == .zichtbaar ? .onzichtbaar : .zichtbaar) },
        ]
        let allMarks = Kant.allCases.flatMap { kant in taxonomy.factoren.map { FactorMark(kant: kant, factor: $0.id) } }
        for _ in 0..<3 {
            factorAnswers.append(
                allMarks.filter { _ in generator.next() % 4 == 0 }.map { ($0, generator.next() % 2 == 0 ? .zichtbaar : .onzichtbaar) })
        }
        let choiceCounts = casus.dilemmas.map { $0.opties.count + 1 }  // + pass
        let combinations = choiceCounts.reduce(1) { $0 * $1 }
        // The extremes (nothing found, everything found) go through every pillar combination, so
        // the lowest and highest scores are exact; the other answers take a seeded sample.
        let exhaustive = min(combinations, Self.pathLimit)
        sampled = combinations > Self.pathLimit
        var visited: Set<Step> = []
        var lowest = Int.max
        var highest = Int.min
        var best: [Int] = []
        var early = 0
        var count = 0
        for (answerIndex, answer) in factorAnswers.enumerated() {
            let runs = answerIndex < 2 ? exhaustive : min(combinations, Self.sampleSize)
            for n in 0..<runs {
                let index = answerIndex < 2 && !sampled ? n : Int(generator.next() % UInt64(combinations))
                var rest = index
                let picks = choiceCounts.map { options -> Int in
                    defer { rest /= options }
                    return rest % options
                }
                let (score, steps, finished) = Self.play(casus, taxonomy, answer: answer, picks: picks)
                visited.formUnion(steps)
                count += 1
                if !finished { early += 1 }
                if score < lowest { lowest = score }
                if score > highest {
                    highest = score
                    best = picks.map { $0 + 1 }
                }
            }
        }
        paths = count
        self.lowest = lowest
        self.highest = highest
        bestPath = best
        endedEarly = early
        unreachedSteps = Step.sequence(for: casus).filter { !visited.contains($0) && $0 != .inhoudswaarschuwing }
            .map { $0.logName(in: casus) }
    }

    /// One group plays: `picks[i]` is an option index, or `opties.count` for a pass.
    static func play(_ casus: Casus, _ taxonomy: Taxonomy, answer: [(FactorMark, Zichtbaarheid)], picks: [Int])
        -> (score: Int, steps: Set<Step>, finished: Bool)
    {
        var (game, _) = Game.start(casus: casus, taxonomy: taxonomy, config: GameConfig(groups: ["auto"]), now: 0)
        var steps: Set<Step> = [game.step]
        var guardCount = 0
        while game.step != .afsluiting && guardCount < 100 {
            guardCount += 1
            let before = (game.stepIndex, game.revealedKnelpunten, game.expertShown.count)
            switch game.step {
            case .factoren:
                for (mark, _) in answer { _ = game.apply(.toggleFactor(group: 0, mark), now: 0) }
                _ = game.apply(.lockFactors(group: 0), now: 0)
            case .zichtbaarheid:
                for (mark, value) in answer { _ = game.apply(.setVisibility(group: 0, mark, value), now: 0) }
                _ = game.apply(.lockVisibility(group: 0), now: 0)
            case .pijler(let i):
                let pick = picks[i]
                _ = game.apply(.choose(group: 0, pick == casus.dilemmas[i].opties.count ? .pass : .option(pick)), now: 0)
            default:
                _ = game.apply(.advance, now: 0)
            }
            steps.insert(game.step)
            // Stuck: the game neither moved on nor revealed anything.
            if (game.stepIndex, game.revealedKnelpunten, game.expertShown.count) == before { break }
        }
        return (game.score(of: 0).total, steps, game.step == .afsluiting)
    }
}
