/// Every text the program shows, in one place per language. Each language is a
/// complete `Strings` value, so the compiler refuses an English catalog that
/// lacks a string the Dutch one has.
public enum Language: String, Sendable, CaseIterable {
    case nl, en
}

public struct Strings: Sendable {
    public let language: Language

    // Validator and loader
    public let warningPrefix: String
    public let describe: @Sendable (Problem) -> String
    public let validationSummary: @Sendable (_ files: Int, _ cases: Int, _ errors: Int, _ warnings: Int) -> String
    public let caseNotFound: @Sendable (_ reference: String) -> String
    public let newCaseWritten: @Sendable (_ path: String) -> String
    public let pathNotFound: @Sendable (_ path: String) -> String

    // Authoring checks
    public let coverageHeading: @Sendable (_ cases: Int) -> String
    public let coverageColumns: [String]
    public let pillarColumns: [String]
    public let thinFactor: @Sendable (_ id: String, _ count: Int, _ minimum: Int) -> String
    public let playThroughColumns: [String]
    public let sampledNote: String
    /// The one-line counter `validate --doorspelen` rewrites on a terminal.
    public let playThroughProgress: @Sendable (_ done: Int, _ total: Int) -> String

    // Case list
    public let columnID: String
    public let columnTitle: String
    public let columnSetting: String
    public let columnFactors: String
    public let columnMinutes: String
    public let minutesShort: @Sendable (Int) -> String
    public let casesCount: @Sendable (Int) -> String

    // Terminal
    public let appName: String
    public let libraryHeading: String
    public let libraryEmpty: String
    public let windowTooSmall: @Sendable (_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> String
    public let notATerminal: String
    public let termUnset: String
    public let termUnusable: @Sendable (String) -> String
    public let cannotStartTerminal: String

    public let play: PlayStrings
    public let session: SessionStrings
    public let authoring: AuthoringStrings

    public static func `for`(_ language: Language) -> Strings {
        switch language {
        case .nl: .nl
        case .en: .en
        }
    }
}
