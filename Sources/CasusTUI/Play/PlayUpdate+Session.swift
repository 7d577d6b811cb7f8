import CasusCore

/// Starting, resuming and driving the session: every change goes through the
/// session machine, and what it decides is logged in the order it happened.
extension PlayUpdate {
    mutating func beginSession() {
        let known = env.library.taxonomy?.pijlers.map(\.id) ?? []
        let pillars: [String]?
        switch GameConfig.parsePillars(model.setup.pillars, known: known) {
        case .success(let chosen): pillars = chosen
        case .failure(.unknown(let id, let known)):
            model.setup.problem = env.strings.format.unknownPillar(id, known)
            model.screen = .setup
            model.setup.field = 1
            return
        }
        switch GameConfig.parseGroups(model.setup.groups) {
        case .failure(let problem):
            model.setup.problem = env.strings.play.groupProblem(problem)
            model.screen = .setup
            model.setup.field = 3
        case .success(let groups):
            let settings = env.settings
            let leervragen = model.setup.leervragen.split(separator: "\n").map(\.trimmed).filter { !$0.isEmpty }
            // Which version of every case this session could play, so a later report can say what changed.
            let hashes = Dictionary(env.library.cases.map { ($0.casus.id, $0.contentHash) }) { first, _ in first }
            let start = SessionStart(
                groups: groups, leervragen: leervragen, anonymous: settings.anonymous, showScores: settings.showScores,
                language: env.strings.language.rawValue, training: model.setup.training.isEmpty ? nil : model.setup.training,
                cases: hashes, seed: settings.seed, pillars: pillars, short: model.setup.short)
            let (session, started) = SessionState.begin(id: "", file: "", time: "", start: start)
            model.session = session
            effects.append(.openLog)
            log(started)
            startCase()
        }
    }

    mutating func startCase() {
        guard model.session != nil, env.library.cases.indices.contains(model.browser.selected) else { return }
        perform(.startCase(env.library.cases[model.browser.selected]))
        model.screen = .game
        model.cursor = 0
        model.scroll = 0
    }

    /// Puts the room back where the log says it was: same case, step and group, timer paused.
    mutating func resumeSession(_ state: SessionState, notices: [String]) {
        var state = state
        state.pauseTimerForResume()
        model.session = state
        effects.append(.openLog)
        let library = env.library.cases
        if let last = state.plays.last, let index = library.firstIndex(where: { $0.casus.id == last.caseID }) {
            model.browser = CaseBrowser(count: library.count, selected: index)
        }
        if state.currentGame != nil {
            model.screen = .game
        } else {
            model.screen = .library
            if state.plays.last != nil { model.browser.apply(.down) }
        }
        perform(.resume(reopen: state.isFinished))
        if model.overlay == nil { model.overlay = .notice(title: env.strings.play.resumedHeading, lines: notices) }
    }

    /// One command through the session machine. A new step or another group at the
    /// keyboard puts the cursor back at the top.
    mutating func perform(_ command: SessionCommand) {
        guard var session = model.session else { return }
        let before = (step: session.currentGame?.stepIndex, group: session.activeGroup)
        let result = session.perform(command, cases: env.cases, now: now)
        model.session = session
        if session.currentGame?.stepIndex != before.step {
            model.cursor = 0
            model.scroll = 0
            model.cursorBeforePass = nil
        } else if session.activeGroup != before.group {
            model.cursor = 0
            model.cursorBeforePass = nil
        }
        log(result)
    }

    mutating func log(_ result: [GameEffect]) {
        for effect in result {
            switch effect {
            case .log(let event): effects.append(.log(event))
            case .flash: effects.append(.flash)
            }
        }
    }
}
