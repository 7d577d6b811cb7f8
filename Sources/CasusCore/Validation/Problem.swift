/// What is wrong with a case or taxonomy file. Structured, so the message can be
/// rendered in either language by the string catalog and tests can match on it.
public enum Problem: Sendable, Equatable {
    // The file itself
    case syntax(JSONParseError.Reason)
    case fileNotFound
    case unreadable(String)
    case notARegularFile
    case fileTooLarge(bytes: Int, limit: Int)
    case taxonomyMissing(directory: String, file: String)

    // Structure
    case missingField(String)
    case unknownField(String, suggestion: String?)
    case wrongType(expected: Expected, found: JSONType)
    case emptyText
    case tooFewItems(found: Int, minimum: Int)
    case tooManyItems(found: Int, maximum: Int)
    case notOneOf(String, allowed: [String])
    case notAWholeNumber(String)
    case outOfRange(String, range: ClosedRange<Int>)

    // Text hygiene: case text ends up on a terminal
    case controlCharacter(UInt32)
    case invisibleCharacter(UInt32)
    /// A grapheme one terminal cell cannot hold (skin tone, joined emoji, flag): the game shows `standIn`.
    case cannotDrawWhole(String, standIn: String)

    // Meaning
    case unsupportedSchemaVersion(String, supported: Int)
    case invalidID(String)
    case fileNameMismatch(id: String, expectedFileName: String)
    case duplicateID(String, firstFile: String, firstLine: Int)
    /// A user's own case with the id of a shipped one: the own case is played.
    case replacesCase(String, replacedFile: String)
    case unknownFactor(String, suggestion: String?)
    case unknownPillar(String, suggestion: String?)
    case duplicateFactor(String)
    case duplicatePillar(String)
    /// The same id twice in pijlers.json (`duplicatePillar` is a second dilemma for one pillar).
    case duplicatePillarID(String)
    case missingPillar(String)
    case missingRole(Rol)
    case noBestOption(highest: Int, best: Int)
    case duplicateOptionText
    case placeholder
    case equalScores(Int)
    case unevenOptionLengths(shortest: Int, longest: Int)

    // Format 2
    /// A warning: the file is in the old format, and how to convert it.
    case formatVersion1(file: String)
    case cueNotInText
    case cueTooShort(words: Int)
    /// The cue only repeats the factor's name or id: a label, not an observation.
    case cueIsLabel(factor: String)
    case tooManyDeterminingFactors(kant: Kant, found: Int, maximum: Int)
    /// Fewer than `minimum` options scored at least `score`: no real dilemma.
    case tooFewDefensibleOptions(found: Int, minimum: Int, score: Int)
    case pillarNotInCase(String)
    case duplicateEntry(String)
    case shortFormatDuration(total: Int, range: ClosedRange<Int>)

    public enum Expected: Sendable, Equatable {
        case object, array, string, wholeNumber, bool
    }
}

public struct Diagnostic: Sendable, Equatable {
    public enum Severity: Sendable, Equatable { case error, warning }

    public let file: String
    public let location: SourceLocation
    /// Field path such as `dilemmas[2].opties[0].score`; empty for file-level problems.
    public let path: String
    public let problem: Problem
    public let severity: Severity

    public init(file: String, location: SourceLocation, path: String, problem: Problem, severity: Severity = .error) {
        self.file = file
        self.location = location
        self.path = path
        self.problem = problem
        self.severity = severity
    }

    /// `FILE:LINE:COLUMN: FIELD.PATH: message` — the shape editors and CI logs link on.
    public func formatted(_ strings: Strings) -> String {
        let prefix = severity == .warning ? strings.warningPrefix : ""
        let field = path.isEmpty ? "" : "\(path): "
        return "\(file):\(location.line):\(location.column): \(field)\(prefix)\(strings.describe(problem))"
    }
}

extension Problem {
    /// Why a file could not be read, in the validator's words.
    public static func reading(_ failure: ReadFailure, limit: Int) -> Problem {
        switch failure {
        case .notFound: .fileNotFound
        case .notARegularFile: .notARegularFile
        case .tooLarge(let size): .fileTooLarge(bytes: size, limit: limit)
        case .unreadable(let why): .unreadable(why)
        }
    }
}
