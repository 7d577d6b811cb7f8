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
            state.apply(logged.event, cases: cases, time: logged.time, line: logged.line)
            observe?(state, logged)
        }
        return state
    }
}
