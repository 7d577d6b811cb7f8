import CasusCore

/// Everything the game's screens show: the session (the core's state) plus what
/// only the interface needs (screen, cursor, scroll, overlays).
public struct PlayModel: Sendable {
    public enum Screen: Sendable, Equatable { case library, setup, game }

    public enum Overlay: Sendable, Equatable {
        case help
        case quit
        case editor(TextEditor, EditorPurpose)
        case logFailure(String)
        /// The log vanished or could not be synced: nothing is confirmed until the trainer chooses.
        case logLost(String)
        /// Validation problems after reloading a case (R); any key closes it.
        case problems([String])
        /// Information that needs reading once (resumed session, report written); any key closes it.
        case notice(title: String, lines: [String])
    }

    public enum EditorPurpose: Sendable, Equatable {
        case note(group: Int)
        /// A group describes its own approach to the current dilemma.
        case ownApproach(group: Int)
        /// The trainer's reason for the points given to a group's own approach.
        case ownScore(group: Int, score: Int)
        /// Where to write the whole session anew after its log vanished.
        case rewriteLog
        case training
        case groups
        case leervragen
        case pillars
    }

    public struct SetupForm: Sendable, Equatable {
        public var short = false
        /// Pillar ids with commas; empty means all.
        public var pillars = ""
        public var training = ""
        public var groups = ""
        public var leervragen = ""
        /// 0 format, 1 pillars, 2 training, 3 groups, 4 leervragen, 5 start; starts on "Start" so Enter, Enter plays.
        public var field = SetupForm.startField
        public static let startField = 5
        public var problem: String?
    }

    public var screen: Screen
    public var browser: CaseBrowser
    public var setup = SetupForm()
    /// Nil until the trainer starts the session.
    public var session: SessionState?
    /// Meaning depends on the step: factor cell, mark row, option, or scroll line.
    public var cursor = 0
    public var scroll = 0
    public var overlay: Overlay?
    public var logPath: String?
    /// A page over the current step, scrolled on its own: the person cards (`p`), the own iceberg (`i`), the trainer's notes (`T`).
    public enum SidePage: Sendable, Equatable { case people, iceberg, trainer }
    public var sidePage: SidePage?
    public var sideScroll = 0
    /// Which page of the help (`?`) is shown; the view keeps it within the pages that fit.
    public var helpPage = 0
    /// On a small screen the pillar's meaning sits behind `b`; the room opens it while talking.
    public var showsPillarMeaning = false

    /// A line over the hint bar for a few seconds: why a key did nothing, or what a key just did.
    public struct HintNotice: Sendable, Equatable {
        public var text: String
        /// Refused keys are drawn as a warning; confirmations as a hint.
        public var refused: Bool
        /// Monotonic time the line goes away; the update's clock decides, nothing sleeps.
        public var until: Double
    }
    public var notice: HintNotice?
    /// Enter was pressed on the knelpunten while some were hidden: the next Enter goes on.
    public var confirmLeaving = false
    /// Where the cursor stood before `0` selected a pass, so Backspace can put it back.
    public var cursorBeforePass: Int?

    public init(screen: Screen, browser: CaseBrowser) {
        self.screen = screen
        self.browser = browser
    }

    public var config: GameConfig? { session?.config }
    public var game: Game? { session?.currentGame }
    /// Whose turn it is: the session machine's turn rule decides.
    public var activeGroup: Int { session?.activeGroup ?? 0 }
}
