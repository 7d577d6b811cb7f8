import CasusCore

/// The screens of a finished session, one per step the room saw: built by
/// folding the log and keeping the model after each visible event.
public struct ReplayFrame: Sendable {
    public let model: PlayModel
    public let time: String
}

public enum ReplayFrames {
    /// Events after which the screen looked different to the room.
    static let visible: Set<String> = [
        "casus_start", "fase", "knelpunt_getoond", "factoren_vastgelegd", "zichtbaarheid_vastgelegd", "keuze", "pas", "notitie", "beurt",
        "casus_overgeslagen",
    ]

    public static func build(
        _ contents: SessionLogReader.Contents, library: CaseLibrary, resolve: SessionFold.Resolver, strings: Strings
    ) -> [ReplayFrame] {
        var frames: [ReplayFrame] = []
        var last: (plays: Int, step: Int, group: Int, library: Bool)?
        _ = SessionFold.fold(contents, taxonomy: library.taxonomy, resolve: resolve) { state, event in
            guard visible.contains(event.type) else { return }
            let game = state.currentGame
            let signature = (state.plays.count, game?.stepIndex ?? -1, state.activeGroup, state.onLibrary)
            // A phase change logged right after the lock that caused it shows nothing new.
            if event.type == "fase", let last, last == signature { return }
            last = signature
            var model = PlayModel(screen: game == nil ? .library : .game, browser: browser(for: state, library))
            model.config = state.config
            model.activeGroup = state.activeGroup
            model.logPath = state.file
            if var game {
                game.pauseTimerAtPhaseStart()
                model.game = game
            }
            if event.type == "notitie", let text = event.string("tekst") {
                model.overlay = .notice(title: strings.play.noteHeading(event.group ?? ""), lines: [text])
            }
            frames.append(ReplayFrame(model: model, time: event.time))
        }
        return frames
    }

    private static func browser(for state: SessionState, _ library: CaseLibrary) -> CaseBrowser {
        let index = state.plays.last.flatMap { play in library.cases.firstIndex { $0.casus.id == play.caseID } } ?? 0
        return CaseBrowser(count: library.cases.count, selected: index)
    }
}
