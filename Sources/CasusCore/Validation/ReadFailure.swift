/// Why a file could not be read. The reading itself happens at the edge
/// (`CasusIO`); the core only turns the reason into a message.
public enum ReadFailure: Error, Sendable, Equatable {
    case notFound
    case notARegularFile
    case tooLarge(Int)
    case unreadable(String)
}
