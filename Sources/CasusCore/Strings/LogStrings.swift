/// Texts for a log that vanished mid-game (its folder removed, the file replaced, a
/// failed fsync): the game stops confirming choices until the trainer decides.
public struct LogStrings: Sendable {
    public let lostTitle: String
    public let lostChoice: String
    public let rewriteTitle: String
    public let rewriteHint: String
    public let rewritten: @Sendable (_ path: String) -> String
    public let rewrittenTitle: String

    public static let nl = LogStrings(
        lostTitle: "Het sessielog is weg",
        lostChoice: "w = de hele sessie opnieuw wegschrijven, z = zonder log verder, q = stoppen. Tot dan wordt niets vastgelegd.",
        rewriteTitle: "Schrijf de hele sessie opnieuw naar dit bestand:",
        rewriteHint: "Enter schrijft; het bestand mag nog niet bestaan.",
        rewritten: { "Alles wat bevestigd was staat opnieuw op schijf in \($0); het spel schrijft daar verder." },
        rewrittenTitle: "Sessielog hersteld")

    public static let en = LogStrings(
        lostTitle: "The session log is gone",
        lostChoice: "w = write the whole session anew, z = play on without a log, q = quit. Nothing is recorded until then.",
        rewriteTitle: "Write the whole session anew to this file:",
        rewriteHint: "Enter writes; the file must not exist yet.",
        rewritten: { "Everything confirmed is on disk again in \($0); the game goes on writing there." },
        rewrittenTitle: "Session log restored")
}

extension Strings {
    public var log: LogStrings { language == .nl ? .nl : .en }
}
