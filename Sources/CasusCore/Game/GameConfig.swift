/// How a trainer set up the session: who plays and how results are shown.
public struct GameConfig: Sendable, Equatable {
    public static let groupRange = 1...8
    public static let maxGroupNameLength = 24

    public let groups: [String]
    /// `--anoniem`: reveals show counts only, never which group chose what.
    public let anonymous: Bool
    /// `--no-scores`: dialogue without competition; points are still logged.
    public let showScores: Bool
    public let leervragen: [String]
    /// The pillars to play, by id (nil: every dilemma of the case).
    public let pillars: [String]?
    /// The short format (about 25 minutes): the case's short minutes and, unless chosen, its short pillars.
    public let short: Bool

    public init(
        groups: [String], anonymous: Bool = false, showScores: Bool = true, leervragen: [String] = [], pillars: [String]? = nil,
        short: Bool = false
    ) {
        self.groups = groups
        self.anonymous = anonymous
        self.showScores = showScores
        self.leervragen = leervragen
        self.pillars = pillars
        self.short = short
    }

    /// The pillars a case plays: those the trainer chose, else in the short format the case's own choice, else all.
    public func pillars(for casus: Casus) -> [String]? {
        pillars ?? (short ? casus.kort?.pijlers : nil)
    }

    /// Pillar ids from "bereik, werkwijze": trimmed, lower-cased, each once; empty text means all pillars.
    public static func parsePillars(_ text: String, known: [String]) -> Result<[String]?, PillarProblem> {
        let ids = text.split(separator: ",").map { $0.trimmed.lowercased() }.filter { !$0.isEmpty }
        if ids.isEmpty { return .success(nil) }
        if let unknown = ids.first(where: { !known.contains($0) }) { return .failure(.unknown(unknown, known: known)) }
        var seen: [String] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return .success(seen)
    }

    public enum PillarProblem: Error, Equatable {
        case unknown(String, known: [String])
    }

    public enum GroupProblem: Error, Equatable {
        case count(Int)
        case empty
        case duplicate(String)
        case tooLong(String)
    }

    /// Group names from "Team Laak, Team Escamp": trimmed, 1–8, unique, non-empty.
    public static func parseGroups(_ text: String) -> Result<[String], GroupProblem> {
        let names = text.split(separator: ",", omittingEmptySubsequences: false)
            .map(\.trimmed)
        if names.contains(where: \.isEmpty) { return .failure(.empty) }
        guard groupRange.contains(names.count) else { return .failure(.count(names.count)) }
        var seen: Set<String> = []
        for name in names {
            if name.count > maxGroupNameLength { return .failure(.tooLong(name)) }
            if !seen.insert(name.lowercased()).inserted { return .failure(.duplicate(name)) }
        }
        return .success(names)
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (the core avoids Foundation).
    public var trimmed: String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
