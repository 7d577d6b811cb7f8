/// The game's own texts (screens, hints, overlays). Kept apart from the
/// validator's messages so each catalog file stays readable.
public struct PlayStrings: Sendable {
    public let stepNames: @Sendable (Step, _ pillarName: String?) -> String
    public let timerExpired: String
    public let timerPaused: String
    public let lockedMark: String

    // Hints (bottom line), per kind of screen
    public let hintRead: String
    public let hintFactoren: String
    public let hintZichtbaarheid: String
    public let hintPijler: String
    public let hintReveal: String
    public let hintAfsluiting: String
    public let hintContentNote: String
    public let hintSetup: String
    public let hintEditor: String
    public let hintLibrary: String

    // Screens
    public let contentNoteHeading: String
    public let knelpuntenPrompt: String
    public let knelpuntenHidden: @Sendable (Int) -> String
    public let knelpuntKant: @Sendable (Knelpunt.Kant) -> String
    public let factorenPrompt: String
    public let sideClient: String
    public let sideProfessional: String
    public let sideClientShort: String
    public let sideProfessionalShort: String
    public let zichtbaarheidPrompt: String
    public let visible: String
    public let invisible: String
    public let nothingMarked: String
    public let stillToCall: @Sendable (Int) -> String
    public let waitingFor: @Sendable ([String]) -> String
    public let allLocked: String
    public let revealFactorsHeading: String
    public let foundBy: @Sendable ([String]) -> String
    public let foundByCount: @Sendable (Int, Int) -> String
    public let missedByAll: String
    public let pitfall: String
    public let scoringFactorsRule: String
    public let scoringPillarRule: String
    public let points: @Sendable (Int, Int) -> String
    public let pass: String
    public let chosenHidden: String
    public let bestOption: String
    public let feedbackFor: @Sendable (Int) -> String
    public let reflectieHeading: String
    public let notesHeading: String
    public let leervragenHeading: String
    public let leervragenAnswered: String
    public let logWrittenTo: @Sendable (String) -> String
    public let noLog: String
    public let nextCase: String
    public let caseSkipped: String

    // Setup
    public let setupHeading: String
    public let defaultGroupName: String
    public let setupTraining: String
    public let setupGroups: String
    public let setupLeervragen: String
    public let setupStart: String
    public let setupNoLeervragen: String
    public let groupProblem: @Sendable (GameConfig.GroupProblem) -> String

    // Overlays
    public let reloadFailed: String
    public let resumedHeading: String
    public let ownCasesHeading: String
    public let reportHeading: String
    public let helpHeading: String
    public let helpLines: [(key: String, meaning: String)]
    public let quitQuestion: String
    public let quitDetail: String
    public let noteHeading: @Sendable (_ group: String) -> String
    public let logFailed: @Sendable (String) -> String
    public let logFailedChoice: String
}

extension PlayStrings {
    public func sideName(_ kant: Kant) -> String { kant == .client ? sideClient : sideProfessional }
    public func visibilityName(_ value: Zichtbaarheid) -> String { value == .zichtbaar ? visible : invisible }
}
