/// A session rebuilt from its log: the first event starts it, every later one is
/// applied by `SessionState.apply`, the step live play takes too. Events that are
/// consequences of others (reveals, case end) are checked and kept, not replayed.
public enum SessionFold {
    /// `observe` sees the state after every event (the replay screen keeps these as frames).
    public static func fold(
        _ contents: SessionLogReader.Contents, cases: CaseLookup, observe: ((SessionState, LoggedEvent) -> Void)? = nil
    ) -> SessionState {
        let first = contents.events[0]
        // The reader guarantees the first event starts the session.
        var state = SessionState.started(
            by: first.event, id: first.session, file: contents.file, time: first.time, truncatedBytes: contents.truncatedBytes)!
        for logged in contents.events.dropFirst() {
            for event in upgraded(logged) { state.apply(event, cases: cases, time: logged.time, line: logged.line) }
            observe?(state, logged)
        }
        return state
    }

    /// What an older line meant in today's vocabulary. Before format 3 a pillar's reveal showed
    /// the expert view at once; replaying it as two steps would show the room something it never saw.
    static func upgraded(_ logged: LoggedEvent) -> [SessionEvent] {
        let event = logged.event
        guard logged.version < 3, case .phaseEntered = event.kind, let phase = event.phase,
            phase.hasPrefix("pijler-onthulling:")
        else { return [event] }
        let pillar = String(phase.dropFirst("pijler-onthulling:".count))
        return [event, SessionEvent(.expertShown(pillar: pillar), caseID: event.caseID, phase: phase)]
    }
}
