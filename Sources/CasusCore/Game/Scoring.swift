/// The scoring rules, in one place and explained on screen at each reveal:
/// - factors: a factor the case names for that side scores 2 when it determines
///   the action (`bepalend`), 1 when it plays a part (`speelt mee`);
/// - visibility: 1 for each correctly called factor that the case names;
/// - pillars: the chosen option's score (0–3); passing scores 0.
/// Nothing is ever deducted: marking an extra factor costs no points, so
/// groups are not punished for discussing broadly.
public enum Scoring {
    public static let determiningFactorPoints = 2
    public static let contributingFactorPoints = 1
    public static let visibilityCallPoints = 1

    /// Format-1 cases have no weights: there a factor counts as determining when invisible (`Gewicht.afgeleid`).
    public static func factorPoints(_ reference: ReferentieFactor) -> Int {
        reference.gewicht == .bepalend ? determiningFactorPoints : contributingFactorPoints
    }

    public static func factorScore(marks: Set<FactorMark>, casus: Casus) -> Int {
        Kant.allCases.reduce(0) { total, kant in
            total
                + casus.referentie(voor: kant).filter { marks.contains(FactorMark(kant: kant, factor: $0.factor)) }
                .reduce(0) { $0 + factorPoints($1) }
        }
    }

    public static func maxFactorScore(_ casus: Casus) -> Int {
        Kant.allCases.reduce(0) { $0 + casus.referentie(voor: $1).reduce(0) { $0 + factorPoints($1) } }
    }

    public static func visibilityScore(calls: [FactorMark: Zichtbaarheid], casus: Casus) -> Int {
        Kant.allCases.reduce(0) { total, kant in
            total + casus.referentie(voor: kant).filter { calls[FactorMark(kant: kant, factor: $0.factor)] == $0.zichtbaarheid }
                .count * visibilityCallPoints
        }
    }

    public static func maxVisibilityScore(_ casus: Casus) -> Int {
        Kant.allCases.reduce(0) { $0 + casus.referentie(voor: $1).count } * visibilityCallPoints
    }

    /// An option scores what the case gives it; an own approach what the trainer awarded (0 until then).
    public static func pillarScore(_ choice: Choice?, dilemma: Dilemma, awarded: OwnApproachScore? = nil) -> Int {
        switch choice {
        case .option(let index)?: dilemma.opties[index].score
        case .own?: awarded?.score ?? 0
        case .pass?, nil: 0
        }
    }
}

/// A factor marked for one side of the contact.
public struct FactorMark: Sendable, Hashable, Comparable {
    public let kant: Kant
    public let factor: String

    public init(kant: Kant, factor: String) {
        self.kant = kant
        self.factor = factor
    }

    public static func < (a: FactorMark, b: FactorMark) -> Bool {
        (a.kant == .client ? 0 : 1, a.factor) < (b.kant == .client ? 0 : 1, b.factor)
    }
}

/// What a group did on a dilemma: an option (the case's own index), a pass, or its own approach.
public enum Choice: Sendable, Equatable {
    case option(Int)
    case pass
    case own(String)
}

/// The trainer's weighing of a group's own approach, after the expert view.
public struct OwnApproachScore: Sendable, Equatable {
    public static let range = 0...3
    public let score: Int
    public let reason: String

    public init(score: Int, reason: String) {
        self.score = score
        self.reason = reason
    }
}
