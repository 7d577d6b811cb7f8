import CasusCore

/// Picking a session up after a crash, notices on the start screen, and writing the report from the end screen.
extension PlayController {
    /// Puts the room back where the log says it was: same case, step and group, timer paused.
    func resumeSession(_ state: SessionState, notices: [String]) {
        model.config = state.config
        openSessionLog()
        sessionStarted = true
        if let last = state.plays.last, let index = library.cases.firstIndex(where: { $0.casus.id == last.caseID }) {
            model.browser = CaseBrowser(count: library.cases.count, selected: index)
        }
        if var game = state.currentGame {
            game.pauseTimerAtPhaseStart()
            model.game = game
            model.screen = .game
            model.activeGroup = state.activeGroup
            currentFile = state.plays.last?.file
        } else {
            model.screen = .library
            if state.plays.last != nil { model.browser.apply(.down) }
        }
        write(SessionEvent("sessie_hervat", caseID: model.game?.casus.id, phase: model.game.map { $0.step.logName(in: $0.casus) }))
        if model.overlay == nil { model.overlay = .notice(title: strings.play.resumedHeading, lines: notices) }
    }

    /// On the start screen: which of the user's own cases took the place of a shipped one,
    /// so a trainer who forgot a local copy is not surprised in front of the room.
    func announceReplacements() {
        let lines = library.replacements.map { strings.describe($0.problem) }
        guard model.screen == .library, model.overlay == nil, !lines.isEmpty else { return }
        model.overlay = .notice(title: strings.play.ownCasesHeading, lines: lines.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    }

    /// r on the end screen: the Markdown and HTML report beside the log.
    func writeReport() {
        guard let writeReports else { return }
        do {
            let paths = try writeReports()
            model.overlay = .notice(title: strings.play.reportHeading, lines: [strings.session.reportsWritten(paths)])
        } catch {
            model.overlay = .notice(title: strings.play.reportHeading, lines: [strings.session.reportFailed(String(describing: error))])
        }
    }
}
