/// Across many sessions: how often groups chose each option, how many found
/// each factor, mean points per phase. For course designers sharpening a case
/// that is too easy or unclear. Counted against the current version of each case.
public struct SessionStatistics: Sendable {
    public let sessions: Int
    public let plays: Int
    public let cases: [CaseStatistics]
    /// Played cases the library does not have, with how often they were played.
    public let notInLibrary: [(id: String, plays: Int)]
}

public struct CaseStatistics: Sendable {
    public let id: String
    public let title: String
    public internal(set) var plays = 0
    /// Plays of a version whose content hash differs from the current file.
    public internal(set) var changedPlays = 0
    public internal(set) var finishedPlays = 0
    public internal(set) var pillars: [PillarStatistics]
    public internal(set) var factors: [FactorStatistics]
    /// Groups that locked their factors, the denominator of `FactorStatistics.found`.
    public internal(set) var factorAnswers = 0
    public internal(set) var scores: ScoreStatistics
}

public struct PillarStatistics: Sendable {
    public let pijler: String
    public let name: String
    public let optionScores: [Int]
    public let optionTexts: [String]
    public internal(set) var chosen: [Int]
    public internal(set) var passes = 0

    public var answers: Int { chosen.reduce(passes, +) }
}

public struct FactorStatistics: Sendable {
    public let kant: Kant
    public let factor: String
    public let name: String
    public let zichtbaarheid: Zichtbaarheid
    public internal(set) var found = 0
}

/// Sums per phase over every group in a finished play, and the case's maximum.
public struct ScoreStatistics: Sendable {
    public let maximum: CaseScore
    public internal(set) var groups = 0
    public internal(set) var factoren = 0
    public internal(set) var zichtbaarheid = 0
    public internal(set) var pijlers: [Int]

    public func mean(_ sum: Int) -> Double { groups == 0 ? 0 : Double(sum) / Double(groups) }
    public var total: Int { factoren + zichtbaarheid + pijlers.reduce(0, +) }
}

extension SessionStatistics {
    public static func compute(_ sessions: [SessionState], caseID: String? = nil) -> SessionStatistics {
        var byID: [String: CaseStatistics] = [:]
        var order: [String] = []
        var missing: [String: Int] = [:]
        var plays = 0
        for session in sessions {
            for play in session.plays where caseID == nil || play.caseID == caseID {
                guard !play.skipped else { continue }
                plays += 1
                guard let game = play.game else {
                    missing[play.caseID, default: 0] += 1
                    continue
                }
                if byID[play.caseID] == nil {
                    order.append(play.caseID)
                    byID[play.caseID] = CaseStatistics(game)
                }
                byID[play.caseID]!.add(play, game)
            }
        }
        return SessionStatistics(
            sessions: sessions.count, plays: plays, cases: order.compactMap { byID[$0] },
            notInLibrary: missing.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
}

extension CaseStatistics {
    init(_ game: Game) {
        let casus = game.casus
        id = casus.id
        title = casus.titel
        pillars = casus.dilemmas.map { dilemma in
            PillarStatistics(
                pijler: dilemma.pijler, name: game.taxonomy.pijler(dilemma.pijler)?.naam ?? dilemma.pijler,
                optionScores: dilemma.opties.map(\.score), optionTexts: dilemma.opties.map(\.tekst),
                chosen: Array(repeating: 0, count: dilemma.opties.count))
        }
        factors = Kant.allCases.flatMap { kant in
            casus.referentie(voor: kant).map {
                FactorStatistics(
                    kant: kant, factor: $0.factor, name: game.taxonomy.factor($0.factor)?.naam ?? $0.factor, zichtbaarheid: $0.zichtbaarheid
                )
            }
        }
        scores = ScoreStatistics(maximum: game.maxScore, pijlers: Array(repeating: 0, count: casus.dilemmas.count))
    }

    mutating func add(_ play: PlayedCase, _ game: Game) {
        plays += 1
        if play.changedSincePlayed { changedPlays += 1 }
        for group in game.groups {
            for (index, choice) in group.choices {
                guard pillars.indices.contains(index) else { continue }
                switch choice {
                case .option(let option) where pillars[index].chosen.indices.contains(option): pillars[index].chosen[option] += 1
                case .pass: pillars[index].passes += 1
                default: break
                }
            }
            guard group.factorsLocked else { continue }
            factorAnswers += 1
            for index in factors.indices where group.marks.contains(FactorMark(kant: factors[index].kant, factor: factors[index].factor)) {
                factors[index].found += 1
            }
        }
        guard play.finished else { return }
        finishedPlays += 1
        for index in game.groups.indices {
            let score = game.score(of: index)
            scores.groups += 1
            scores.factoren += score.factoren
            scores.zichtbaarheid += score.zichtbaarheid
            for (pillar, points) in score.pijlers.enumerated() where scores.pijlers.indices.contains(pillar) {
                scores.pijlers[pillar] += points
            }
        }
    }
}
