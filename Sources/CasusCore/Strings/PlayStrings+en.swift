extension PlayStrings {
    public static let en = PlayStrings(
        stepNames: { step, pillar in
            switch step {
            case .inhoudswaarschuwing: "Note"
            case .verhaal: "Story"
            case .knelpunten: "Friction points"
            case .factoren: "Diversity factors"
            case .zichtbaarheid: "Visible or invisible"
            case .zichtbaarheidOnthulling: "Visible or invisible: reveal"
            case .pijler: "Pillar: \(pillar ?? "")"
            case .pijlerOnthulling: "Pillar: \(pillar ?? ""), reveal"
            case .reflectie: "Reflection"
            case .afsluiting: "Wrap-up"
            }
        },
        timerExpired: "Time!",
        timerPaused: "paused",
        lockedMark: "√",
        hintRead: "Enter next  ↑↓ scroll  n note  t timer  ? help  q quit",
        hintFactoren: "↑↓←→ move  Space toggle  Enter lock  Tab group  ? help",
        hintZichtbaarheid: "↑↓ move  z/o or ←→  Enter lock  Tab group  ? help",
        hintPijler: "1-4 choose  0 pass  Enter lock  Tab group  n note  ? help",
        hintReveal: "↑↓ factor  PgDn more  Enter next  n note  ? help",
        hintAfsluiting: "Enter next case  r report  ↑↓ scroll  q quit",
        hintContentNote: "Enter read  s skip case  q quit",
        hintSetup: "↑↓ move  Enter edit/start  Esc back",
        hintEditor: "←→↑↓ cursor  Enter new line  Esc/Ctrl-S save",
        hintLibrary: "↑↓ move  Enter choose case  q quit",
        contentNoteHeading: "Content note",
        knelpuntenPrompt: "Where does it chafe? Let the room name it first, then reveal one by one.",
        knelpuntenHidden: { "\($0) still hidden" },
        knelpuntKant: { kant in
            switch kant {
            case .inwoner: "resident"
            case .professional: "professional"
            case .organisatie: "organisation"
            }
        },
        factorenPrompt: "Which factors play a role, for the resident and for the professional?",
        sideClient: "Resident",
        sideProfessional: "Professional",
        sideClientShort: "Res.",
        sideProfessionalShort: "Prof.",
        zichtbaarheidPrompt: "Is each chosen factor visible or invisible here?",
        visible: "visible",
        invisible: "invisible",
        nothingMarked: "This group chose no factors; Enter locks that.",
        stillToCall: { "\($0) still to judge." },
        waitingFor: { "Waiting for: " + $0.joined(separator: ", ") },
        allLocked: "All groups have chosen.",
        revealFactorsHeading: "What the case names",
        foundBy: { "found by: " + $0.joined(separator: ", ") },
        foundByCount: { "found by \($0) of \($1) groups" },
        missedByAll: "found by no group",
        pitfall: "Pitfall",
        scoringFactorsRule:
            "Points: 1 per visible factor found, 2 per invisible one, 1 per correct visibility call. Extra factors cost nothing.",
        scoringPillarRule: "Points: the chosen option's score (0 to 3). Passing costs nothing.",
        points: { "\($0) of \($1) points" },
        pass: "pass",
        chosenHidden: "chosen (hidden until everyone has chosen)",
        bestOption: "best",
        feedbackFor: { "Feedback on option \($0)" },
        reflectieHeading: "Reflection questions",
        notesHeading: "Notes",
        leervragenHeading: "Learning questions: were they answered?",
        leervragenAnswered: "Were they answered?",
        logWrittenTo: { "Session log: \($0)" },
        noLog: "No session log is being written.",
        nextCase: "Enter: choose the next case",
        caseSkipped: "Case skipped.",
        setupHeading: "New session",
        defaultGroupName: "Group 1",
        setupTraining: "Training (name for the report, may be empty)",
        setupGroups: "Groups (comma-separated)",
        setupLeervragen: "Learning questions (one per line, may be empty)",
        setupStart: "Start ▸",
        setupNoLeervragen: "(none)",
        groupProblem: { problem in
            switch problem {
            case .count(let n): "\(n) groups; choose 1 to 8."
            case .empty: "A group name is empty."
            case .duplicate(let name): "The name '\(name)' occurs twice."
            case .tooLong(let name): "'\(name)' is too long (at most 24 characters)."
            }
        },
        reloadFailed: "The case has errors; the game goes on with the previous version",
        resumedHeading: "Session resumed",
        ownCasesHeading: "Your own cases",
        reportHeading: "Report",
        helpHeading: "Keys",
        helpLines: [
            ("T", "for the trainer: background and rules"), ("i", "own iceberg (at the reflection)"),
            ("p", "who is who: the people"), ("a", "own approach on a dilemma"),
            ("↑↓ j k", "move / scroll"), ("1-9", "choose an option"), ("0", "select a pass on a dilemma (Enter locks it)"),
            ("Space", "toggle factor, reveal friction point"), ("Enter", "lock and go on"),
            ("Backspace", "back (while nothing is half locked)"), ("Tab", "next group"),
            ("n", "write a note"), ("t", "start/pause timer"), ("+ -", "add/remove a minute"),
            ("R", "reload the case (for authors)"),
            ("r", "write the report (end screen)"), ("q", "quit (everything is already saved)"),
        ],
        quitQuestion: "Quit? y = yes, n = no",
        quitDetail: "Everything chosen and written so far is already in the session log.",
        noteHeading: { "Note by \($0)" },
        logFailed: { "The session log cannot be written: \($0)" },
        logFailedChoice: "z = play on without a log, q = quit"
    )
}
