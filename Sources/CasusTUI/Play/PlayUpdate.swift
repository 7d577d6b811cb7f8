import CasusCore

/// The game's interface as one pure function, in the manner of the Elm
/// architecture: `update(model, message) -> effects`. Keys become session
/// commands, the session machine decides the events, and the events come back
/// as effects for the runner to log. Nothing here touches a file or a terminal.
public struct PlayUpdate {
    var model: PlayModel
    let env: PlayEnvironment
    let now: Double
    var effects: [PlayEffect] = []

    init(_ model: PlayModel, env: PlayEnvironment, now: Double) {
        self.model = model
        self.env = env
        self.now = now
    }

    /// The first model, with what the command line already settled (groups, case, a resumed session).
    public static func initial(env: PlayEnvironment, now: Double) -> (PlayModel, [PlayEffect]) {
        let library = env.library
        let settings = env.settings
        var browser = CaseBrowser(count: library.cases.count)
        if let index = settings.caseIndex { browser = CaseBrowser(count: library.cases.count, selected: index) }
        var model = PlayModel(screen: .library, browser: browser)
        model.setup.groups = settings.groups?.joined(separator: ", ") ?? env.strings.play.defaultGroupName
        model.setup.leervragen = settings.leervragen.joined(separator: "\n")
        model.setup.training = settings.training ?? ""
        model.setup.short = settings.short
        model.setup.pillars = settings.pillars?.joined(separator: ", ") ?? ""
        var update = PlayUpdate(model, env: env, now: now)
        if let resume = settings.resume {
            update.resumeSession(resume.state, notices: resume.notices)
        } else if settings.caseIndex != nil {
            if settings.groups != nil { update.beginSession() } else { update.model.screen = .setup }
        }
        update.announceReplacements()
        return (update.model, update.effects)
    }

    public static func update(_ model: inout PlayModel, _ message: PlayMessage, env: PlayEnvironment, now: Double) -> [PlayEffect] {
        var update = PlayUpdate(model, env: env, now: now)
        update.receive(message)
        model = update.model
        return update.effects
    }

    /// How long the runner may sleep without a key: until the timer's display next changes.
    public static func wakeAfterMilliseconds(_ model: PlayModel, now: Double) -> Int? {
        // A hint-line message also changes the display when it runs out.
        let waits = [model.game?.timer.secondsToNextChange(at: now), model.notice.map { max(0.01, $0.until - now) }].compactMap { $0 }
        guard let seconds = waits.min() else { return nil }
        return Int((seconds * 1000).rounded(.up)) + 5
    }

    /// On the start screen: which of the user's own cases took the place of a shipped one,
    /// so a trainer who forgot a local copy is not surprised in front of the room.
    mutating func announceReplacements() {
        let lines = env.library.replacements.map { env.strings.describe($0.problem) }
        guard model.screen == .library, model.overlay == nil, !lines.isEmpty else { return }
        model.overlay = .notice(
            title: env.strings.play.ownCasesHeading, lines: lines.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    }

    mutating func receive(_ message: PlayMessage) {
        let s = env.strings
        switch message {
        case .key(let key): handle(key)
        case .tick:
            perform(.game(.tick))
            if let notice = model.notice, now >= notice.until { model.notice = nil }
        case .logOpened(let path): model.logPath = path
        case .logFailed(let reason): model.overlay = .logFailure(reason)
        case .logLost(let reason): model.overlay = .logLost(reason)
        case .logRewritten(let path):
            model.logPath = path
            model.overlay = .notice(title: s.log.rewrittenTitle, lines: [s.log.rewritten(path)])
        case .caseReloaded(let loaded):
            perform(.reload(loaded))
            model.cursor = 0
            inform(s.input.reloaded(loaded.casus.titel))
        case .reloadFailed(let problems): model.overlay = .problems(problems)
        case .reportsWritten(let paths):
            model.overlay = .notice(title: s.play.reportHeading, lines: [s.session.reportsWritten(paths)])
        case .reportFailed(let reason):
            model.overlay = .notice(title: s.play.reportHeading, lines: [s.session.reportFailed(reason)])
        case .interrupted(let signal):
            if let session = model.session, !session.isFinished { perform(.interrupt(signal: Int(signal))) }
        }
    }

    mutating func handle(_ key: Key) {
        // A new key makes an old message stale; a pending "Enter again" holds for the very next key only.
        model.notice = nil
        let confirming = model.confirmLeaving
        model.confirmLeaving = false
        if let overlay = model.overlay { return handleOverlay(overlay, key) }
        if key == .character("?") {
            model.overlay = .help
            model.helpPage = 0
            return
        }
        // An escape sequence the terminal description does not know: never an action, never a quit.
        if case .unknown = key { return refuseUnknown(key) }
        switch model.screen {
        case .library: handleLibrary(key)
        case .setup: handleSetup(key)
        case .game: handleGame(key, confirming: confirming)
        }
    }

    // MARK: - Screens before the game

    mutating func handleLibrary(_ key: Key) {
        switch key {
        case .character("q"):
            if model.session == nil { effects.append(.quit) } else { model.overlay = .quit }
        case .escape:
            // Only q quits: a stray Esc (or the start of a sequence cut in two) must not end the program.
            refuse(env.strings.input.escapeDoesNotQuit)
        case .up, .character("k"): model.browser.apply(.up)
        case .down, .character("j"): model.browser.apply(.down)
        case .home: model.browser.apply(.first)
        case .end: model.browser.apply(.last)
        case .character(let c) where c.wholeNumberValue != nil: model.browser.apply(.pick(c.wholeNumberValue!))
        case .enter:
            guard !env.library.cases.isEmpty else { break }
            if model.session != nil {
                startCase()
            } else if env.settings.groups != nil {
                beginSession()
            } else {
                model.screen = .setup
            }
        default: refuseUnknown(key)
        }
    }

    mutating func handleSetup(_ key: Key) {
        switch key {
        case .up, .backTab: model.setup.field = max(0, model.setup.field - 1)
        case .down, .tab: model.setup.field = min(PlayModel.SetupForm.startField, model.setup.field + 1)
        case .escape, .backspace: model.screen = .library
        case .enter:
            switch model.setup.field {
            case 0: model.setup.short.toggle()
            case 1: model.overlay = .editor(TextEditor(text: model.setup.pillars, singleLine: true), .pillars)
            case 2: model.overlay = .editor(TextEditor(text: model.setup.training, singleLine: true), .training)
            case 3: model.overlay = .editor(TextEditor(text: model.setup.groups, singleLine: true), .groups)
            case 4: model.overlay = .editor(TextEditor(text: model.setup.leervragen), .leervragen)
            default: beginSession()
            }
        default: refuseUnknown(key)
        }
    }

    // MARK: - Overlays

    mutating func handleOverlay(_ overlay: PlayModel.Overlay, _ key: Key) {
        switch overlay {
        case .help:
            // Paging keys turn the page; any other key closes the help (the footer says so).
            switch key {
            case .pageDown, .character(" "), .down, .character("j"):
                model.helpPage = min(model.helpPage + 1, HelpView.maximumPages(env.strings) - 1)
            case .pageUp, .up, .character("k"): model.helpPage = max(0, model.helpPage - 1)
            default: model.overlay = nil
            }
        case .problems, .notice:
            model.overlay = nil
        case .quit:
            model.overlay = nil
            if [.character("j"), .character("y"), .character("J"), .character("Y")].contains(key) {
                if model.session?.isFinished == false { perform(.end(reason: "gestopt")) }
                effects.append(.quit)
            }
        case .logFailure:
            if key == .character("q") { effects.append(.quit) }
            if key == .character("z") {
                effects.append(.closeLog)
                model.logPath = nil
                model.overlay = nil
            }
        case .logLost:
            switch key {
            case .character("q"): effects.append(.quit)
            case .character("z"):
                effects.append(.closeLog)
                model.logPath = nil
                model.overlay = nil
            case .character("w"):
                let base = model.logPath.map { $0.hasSuffix(".jsonl") ? String($0.dropLast(6)) : $0 } ?? "sessie"
                model.overlay = .editor(TextEditor(text: base + "-hersteld.jsonl", singleLine: true), .rewriteLog)
            default: break
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
    }

    mutating func commit(_ text: String, _ purpose: PlayModel.EditorPurpose) {
        switch purpose {
        case .training: model.setup.training = text.trimmed
        case .groups:
            model.setup.groups = text
            model.setup.problem = nil
        case .leervragen: model.setup.leervragen = text
        case .pillars:
            model.setup.pillars = text
            model.setup.problem = nil
        case .note(let group): perform(.game(.note(group: group, text: text)))
        case .ownApproach(let group):
            if !text.trimmed.isEmpty { perform(.game(.choose(group: group, .own(text)))) }
        case .ownScore(let group, let score): perform(.game(.scoreOwnApproach(group: group, score: score, reason: text)))
        case .rewriteLog:
            let path = text.trimmed
            // An empty path is no choice: the dialog stays until the trainer makes one.
            if path.isEmpty { model.overlay = .logLost("") } else { effects.append(.rewriteLog(path: path)) }
        }
    }
}
