import CasusCore

extension SessionLogReader {
    /// Reads a log from disk; the parsing is the core's.
    public static func read(_ path: String) -> Result<Contents, SessionLogError> {
        switch FileReader.read(path, limit: sizeLimit) {
        case .success(let bytes): return parse(bytes, file: path)
        case .failure(let failure): return .failure(.unreadable(file: path, failure))
        }
    }
}
