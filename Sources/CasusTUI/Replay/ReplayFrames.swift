import CasusCore

/// The screens of a finished session, one per step the room saw: built by
/// folding the log and keeping the model after each visible event.
public struct ReplayFrame: Sendable {
    public let model: PlayModel
    public let time: String
    /// The local time of day with its zone, as the bottom line shows it.
    public var clock: String = ""
}

public enum ReplayFrames {
    public static func build(
        _ contents: SessionLogReader.Contents, library: CaseLibrary, cases: CaseLookup, strings: Strings, zone: LocalZone = .utc
    ) -> [ReplayFrame] {
        var frames: [ReplayFrame] = []
        var last: (plays: Int, step: Int, group: Int, library: Bool)?
        var lastWasLock = false
        _ = SessionFold.fold(contents, cases: cases) { state, logged in
            let event = logged.event
            guard event.isVisibleChange else { return }
            let game = state.currentGame
            // Without its case file a case has nothing to show step by step: one frame says so.
            let missing = !state.onLibrary && game == nil
            let signature = (state.plays.count, game?.stepIndex ?? -1, missing ? -1 : state.activeGroup, state.onLibrary)
            // A phase change logged right after the lock that caused it shows nothing new.
            let isPhase: Bool = if case .phaseEntered = event.kind { true } else { false }
            if isPhase || (missing && event.noteText == nil), let last, last == signature { return }
            // The last group's lock moves the room on at once: the room saw the next step, not the lock.
            if isPhase && lastWasLock { frames.removeLast() }
            last = signature
            lastWasLock = event.isLock
            var model = PlayModel(screen: game == nil ? .library : .game, browser: browser(for: state, library))
            var paused = state
            paused.pauseTimerForResume()
            model.session = paused
            model.logPath = state.file
            if let text = event.noteText {
                model.overlay = .notice(title: strings.play.noteHeading(event.group ?? ""), lines: [text])
            } else if missing, let play = state.plays.last {
                model.overlay = .notice(title: play.title, lines: [strings.session.caseMissing(play.title)])
            }
            frames.append(ReplayFrame(model: model, time: logged.time, clock: ReportFormat.clock(logged.time, zone: zone)))
        }
        return frames
    }

    private static func browser(for state: SessionState, _ library: CaseLibrary) -> CaseBrowser {
        let index = state.plays.last.flatMap { play in library.cases.firstIndex { $0.casus.id == play.caseID } } ?? 0
        return CaseBrowser(count: library.cases.count, selected: index)
    }
}
