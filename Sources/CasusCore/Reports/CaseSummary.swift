/// What one case came to: per group the scores, the choices beside the best
/// options, the factors found and the notes. Built once from a `Game`; the end
/// screen shows it and the session report builds on it, so the two cannot drift.
public struct CaseSummary: Sendable {
    public let groups: [String]
    /// Per group, in group order.
    public let scores: [(group: String, score: CaseScore)]
    public let maxScore: CaseScore
    /// The knelpunten shown so far, in order.
    public let knelpunten: [String]
    public let factors: [ReferenceRow]
    /// Per group, marks the case does not name (not wrong: they were discussed).
    public let extraMarks: [(group: String, marks: [MarkedFactor])]
    public let pillars: [PillarSummary]
    /// Per group in group order, each group's notes in the order written.
    public let notes: [GroupNote]

    public init(_ game: Game) {
        let casus = game.casus
        let name = { (id: String) in game.taxonomy.factor(id)?.naam ?? id }
        var factors: [ReferenceRow] = []
        var named: Set<FactorMark> = []
        for kant in Kant.allCases {
            for reference in casus.referentie(voor: kant) {
                let mark = FactorMark(kant: kant, factor: reference.factor)
                named.insert(mark)
                factors.append(
                    ReferenceRow(
                        kant: kant, factor: reference.factor, name: name(reference.factor), zichtbaarheid: reference.zichtbaarheid,
                        points: Scoring.factorPoints(reference),
                        foundBy: game.groups.filter { $0.marks.contains(mark) }.map(\.name),
                        calls: game.groups.compactMap { group in group.calls[mark].map { (group.name, $0) } }))
            }
        }
        groups = game.groups.map(\.name)
        scores = game.groups.indices.map { (game.groups[$0].name, game.score(of: $0)) }
        maxScore = game.maxScore
        knelpunten = casus.knelpunten.prefix(game.revealedKnelpunten).map(\.tekst)
        self.factors = factors
        extraMarks = game.groups.map { group in
            (
                group.name,
                group.marks.subtracting(named).sorted().map { MarkedFactor(kant: $0.kant, factor: $0.factor, name: name($0.factor)) }
            )
        }
        pillars = casus.dilemmas.enumerated().map { index, dilemma in
            PillarSummary(
                pijler: dilemma.pijler, name: game.taxonomy.pijler(dilemma.pijler)?.naam ?? dilemma.pijler, vraag: dilemma.vraag,
                options: dilemma.opties.enumerated().map { number, optie in
                    OptionRow(
                        number: number + 1, tekst: optie.tekst, score: optie.score, feedback: optie.expert,
                        best: optie.score == dilemma.besteScore)
                },
                choices: game.groups.map { $0.choices[index] }, awarded: game.groups.map { $0.ownScores[index] })
        }
        notes = game.groups.flatMap { group in
            group.notes.map { note in
                GroupNote(
                    group: group.name, step: note.step, stepPosition: game.steps.firstIndex(of: note.step) ?? 0,
                    pillarName: Self.pillarName(note.step, game), text: note.text)
            }
        }
    }

    /// The notes in the order of the case's steps, as the discussion went; groups in turn order within a step.
    public var notesInStepOrder: [GroupNote] {
        notes.enumerated().sorted { ($0.element.stepPosition, $0.offset) < ($1.element.stepPosition, $1.offset) }.map(\.element)
    }

    private static func pillarName(_ step: Step, _ game: Game) -> String? {
        switch step {
        case .pijler(let i), .pijlerOnthulling(let i): game.taxonomy.pijler(game.casus.dilemmas[i].pijler)?.naam
        default: nil
        }
    }
}

/// One dilemma: its options with the best marked, and what each group chose.
public struct PillarSummary: Sendable {
    public let pijler: String
    public let name: String
    public let vraag: String
    public let options: [OptionRow]
    /// Per group in group order; nil when the group has not chosen.
    public let choices: [Choice?]
    /// Per group in group order: the trainer's points for an own approach, once given.
    public let awarded: [OwnApproachScore?]

    /// 1-based numbers of the options with the best score.
    public var bestOptions: [Int] { options.filter(\.best).map(\.number) }

    /// Whether 0-based `option` is one of the best.
    public func isBest(_ option: Int) -> Bool { options.indices.contains(option) && options[option].best }
}

public struct MarkedFactor: Sendable {
    public let kant: Kant
    public let factor: String
    public let name: String
}

public struct GroupNote: Sendable {
    public let group: String
    public let step: Step
    /// Where `step` falls among the case's steps, to put notes in the order of the discussion.
    let stepPosition: Int
    /// The pillar's name when the note was written at a pillar step.
    public let pillarName: String?
    public let text: String
}
