import CasusCore

/// Where session events go; the executable writes them to disk, tests collect them.
public protocol SessionLogSink: AnyObject {
    var path: String { get }
    func append(_ event: SessionEvent) throws
}

/// Choices made on the command line that skip parts of the start screen.
public struct PlaySettings: Sendable {
    public var groups: [String]?
    public var caseIndex: Int?
    public var anonymous = false
    public var showScores = true
    public var leervragen: [String] = []
    public var training: String?
    /// `play --resume`: the session rebuilt from its log, and what to tell the room about it.
    public var resume: (state: SessionState, notices: [String])?

    public init() {}
}

/// Turns keys into core actions and core effects into log lines. Owns the
/// model; rendering is `GameScreen.render`, a pure function of it.
public final class PlayController: TerminalProgram {
    public internal(set) var model: PlayModel
    public let library: CaseLibrary
    let strings: Strings
    let settings: PlaySettings
    let clock: () -> Double
    let openLog: () throws -> SessionLogSink
    var log: SessionLogSink?
    var sessionStarted = false
    /// The file the current case came from, for reloading it (R).
    var currentFile: String?
    /// Writes the session's Markdown and HTML report (r on the end screen); returns their paths.
    public var writeReports: (() throws -> [String])?

    public init(
        library: CaseLibrary, strings: Strings, settings: PlaySettings, clock: @escaping () -> Double,
        openLog: @escaping () throws -> SessionLogSink
    ) {
        self.library = library
        self.strings = strings
        self.settings = settings
        self.clock = clock
        self.openLog = openLog
        var browser = CaseBrowser(count: library.cases.count)
        if let index = settings.caseIndex { browser = CaseBrowser(count: library.cases.count, selected: index) }
        model = PlayModel(screen: .library, browser: browser)
        model.setup.groups = settings.groups?.joined(separator: ", ") ?? strings.play.defaultGroupName
        model.setup.leervragen = settings.leervragen.joined(separator: "\n")
        model.setup.training = settings.training ?? ""
        if let resume = settings.resume {
            resumeSession(resume.state, notices: resume.notices)
        } else if settings.caseIndex != nil {
            if settings.groups != nil { beginSession() } else { model.screen = .setup }
        }
        announceReplacements()
    }

    // MARK: - TerminalProgram

    public func render(into buffer: inout CellBuffer) {
        GameScreen.render(model, library: library, strings: strings, now: clock(), into: &buffer)
    }

    public func tick() {
        guard var game = model.game else { return }
        let effects = game.apply(.tick, now: clock())
        model.game = game
        perform(effects)
    }

    public func wakeAfterMilliseconds() -> Int? {
        guard let seconds = model.game?.timer.secondsToNextChange(at: clock()) else { return nil }
        return Int((seconds * 1000).rounded(.up)) + 5
    }

    public func takeFlashRequest() -> Bool {
        defer { model.flashRequested = false }
        return model.flashRequested
    }

    public func handle(_ key: Key) -> Bool {
        if let overlay = model.overlay { return handleOverlay(overlay, key) }
        if key == .character("?") {
            model.overlay = .help
            return true
        }
        switch model.screen {
        case .library: return handleLibrary(key)
        case .setup: handleSetup(key)
        case .game: handleGame(key)
        }
        return true
    }

    /// A signal ended the session (Ctrl-C, terminal closed, kill): logged as an interruption.
    public func interrupted(by signal: Int32) {
        guard sessionStarted else { return }
        sessionStarted = false
        write(
            SessionEvent(
                "sessie_onderbroken", caseID: model.game?.casus.id, phase: model.game.map { $0.step.logName(in: $0.casus) },
                data: ["signaal": .int(Int(signal))]))
    }

    /// Logs the end of the session (quit, signal or error); safe to call more than once.
    public func finish(reason: String) {
        guard sessionStarted else { return }
        sessionStarted = false
        write(SessionEvent("sessie_einde", caseID: model.game?.casus.id, data: ["reden": .string(reason)]))
    }

    // MARK: - Screens before the game

    func handleLibrary(_ key: Key) -> Bool {
        switch key {
        case .character("q"), .escape:
            guard sessionStarted else { return false }
            model.overlay = .quit
        case .up, .character("k"): model.browser.apply(.up)
        case .down, .character("j"): model.browser.apply(.down)
        case .home: model.browser.apply(.first)
        case .end: model.browser.apply(.last)
        case .character(let c) where c.wholeNumberValue != nil: model.browser.apply(.pick(c.wholeNumberValue!))
        case .enter:
            guard !library.cases.isEmpty else { break }
            if sessionStarted { startCase() } else if settings.groups != nil { beginSession() } else { model.screen = .setup }
        default: break
        }
        return true
    }

    func handleSetup(_ key: Key) {
        switch key {
        case .up, .backTab: model.setup.field = max(0, model.setup.field - 1)
        case .down, .tab: model.setup.field = min(PlayModel.SetupForm.startField, model.setup.field + 1)
        case .escape, .backspace: model.screen = .library
        case .enter:
            switch model.setup.field {
            case 0: model.overlay = .editor(TextEditor(text: model.setup.training, singleLine: true), .training)
            case 1: model.overlay = .editor(TextEditor(text: model.setup.groups, singleLine: true), .groups)
            case 2: model.overlay = .editor(TextEditor(text: model.setup.leervragen), .leervragen)
            default: beginSession()
            }
        default: break
        }
    }

    // MARK: - Overlays

    func handleOverlay(_ overlay: PlayModel.Overlay, _ key: Key) -> Bool {
        switch overlay {
        case .help, .problems, .notice:
            model.overlay = nil
        case .quit:
            if [.character("j"), .character("y"), .character("J"), .character("Y")].contains(key) {
                finish(reason: "gestopt")
                return false
            }
            model.overlay = nil
        case .logFailure:
            if key == .character("q") { return false }
            if key == .character("z") {
                log = nil
                model.logPath = nil
                model.overlay = nil
            }
        case .editor(var editor, let purpose):
            if key == .escape || key == .save || (editor.singleLine && key == .enter) {
                model.overlay = nil
                commit(editor.text, purpose)
            } else if let edit = TextEditor.edit(for: key) {
                editor.apply(edit)
                model.overlay = .editor(editor, purpose)
            }
        }
        return true
    }

    func commit(_ text: String, _ purpose: PlayModel.EditorPurpose) {
        switch purpose {
        case .training:
            model.setup.training = text.trimmed
        case .groups:
            model.setup.groups = text
            model.setup.problem = nil
        case .leervragen:
            model.setup.leervragen = text
        case .note(let group):
            apply(.note(group: group, text: text))
        }
    }

    // MARK: - Session and cases

    func beginSession() {
        switch GameConfig.parseGroups(model.setup.groups) {
        case .failure(let problem):
            model.setup.problem = strings.play.groupProblem(problem)
            model.screen = .setup
            model.setup.field = 1
        case .success(let groups):
            let leervragen = model.setup.leervragen.split(separator: "\n").map(\.trimmed).filter { !$0.isEmpty }
            model.config = GameConfig(
                groups: groups, anonymous: settings.anonymous, showScores: settings.showScores, leervragen: leervragen)
            openSessionLog()
            sessionStarted = true
            var data: [String: LogValue] = [
                "groepen": .array(groups.map { .string($0) }), "leervragen": .array(leervragen.map { .string($0) }),
                "anoniem": .bool(settings.anonymous), "scores": .bool(settings.showScores), "taal": .string(strings.language.rawValue),
                // Which version of every case this session could play, so a later report can say what changed.
                "casussen": .object(Dictionary(library.cases.map { ($0.casus.id, LogValue.string($0.contentHash)) }) { a, _ in a }),
            ]
            if !model.setup.training.isEmpty { data["training"] = .string(model.setup.training) }
            write(SessionEvent("sessie_start", data: data))
            startCase()
        }
    }

    /// Opens the log; a failure is put before the room, which decides whether to play on without one.
    func openSessionLog() {
        do {
            log = try openLog()
            model.logPath = log?.path
        } catch {
            model.overlay = .logFailure(String(describing: error))
        }
    }

    func startCase() {
        guard let config = model.config, let taxonomy = library.taxonomy, library.cases.indices.contains(model.browser.selected)
        else { return }
        let loaded = library.cases[model.browser.selected]
        currentFile = loaded.file
        let (game, effects) = Game.start(
            casus: loaded.casus, taxonomy: taxonomy, config: config, now: clock(), source: (loaded.file, loaded.contentHash))
        model.game = game
        model.screen = .game
        resetStepState()
        perform(effects)
    }

    /// Reads the current case again from disk (R): the author's preview loop.
    func reloadCase() {
        guard let file = currentFile, let game = model.game else { return }
        let (loaded, diagnostics) = LibraryLoader.loadCase(file, taxonomy: library.taxonomy)
        guard let loaded else {
            model.overlay = .problems(diagnostics.filter { $0.severity == .error }.map { $0.formatted(strings) })
            return
        }
        let (reloaded, effects) = game.reloaded(with: loaded.casus, contentHash: loaded.contentHash)
        model.game = reloaded
        model.cursor = 0
        perform(effects)
    }

    // MARK: - Plumbing

    func apply(_ action: GameAction) {
        guard var game = model.game else { return }
        let before = game.step
        let effects = game.apply(action, now: clock())
        model.game = game
        if game.step != before { resetStepState() }
        perform(effects)
    }

    func resetStepState() {
        model.cursor = 0
        model.scroll = 0
        if let game = model.game { model.activeGroup = game.firstOpenGroup }
    }

    func perform(_ effects: [GameEffect]) {
        for effect in effects {
            switch effect {
            case .flash: model.flashRequested = true
            case .log(let event): write(event)
            }
        }
    }

    func write(_ event: SessionEvent) {
        guard let log else { return }
        do {
            try log.append(event)
        } catch {
            // Never drop an event silently: the room decides whether to play on without a log.
            model.overlay = .logFailure(String(describing: error))
        }
    }
}
