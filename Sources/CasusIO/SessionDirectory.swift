import CasusCore

/// The session logs in a directory, and which one a command means.
public enum SessionDirectory {
    /// Paths of `*.jsonl` files, oldest first (session ids start with the date and time).
    public static func logs(in directory: String) -> Result<[String], SessionLogError> {
        switch FileReader.jsonFiles(in: directory, suffix: ".jsonl") {
        case .success(let names): return .success(names.map { directory + "/" + $0 })
        case .failure(let failure): return .failure(.unreadable(file: directory, failure))
        }
    }

    /// A path (contains `/` or ends in `.jsonl`), a session id, or the unique start of one.
    public static func resolve(_ reference: String, in directory: String) -> Result<String, SessionLogError> {
        if reference.contains("/") || reference.hasSuffix(".jsonl") {
            return FileReader.exists(reference) ? .success(reference) : .failure(.notFound(reference))
        }
        let paths: [String]
        switch logs(in: directory) {
        case .success(let found): paths = found
        case .failure(let error): return .failure(error)
        }
        let ids = paths.map { String($0.split(separator: "/").last!.dropLast(".jsonl".count)) }
        if let exact = ids.firstIndex(of: reference) { return .success(paths[exact]) }
        let matches = ids.indices.filter { ids[$0].hasPrefix(reference) }
        return matches.count == 1 ? .success(paths[matches[0]]) : .failure(.notFound(reference))
    }

    /// The newest log whose session has not ended (no `sessie_einde` after its last start or resume).
    public static func latestUnfinished(in directory: String) -> Result<String, SessionLogError> {
        let paths: [String]
        switch logs(in: directory) {
        case .success(let found): paths = found
        case .failure(let error): return .failure(error)
        }
        for path in paths.reversed() {
            guard case .success(let contents) = SessionLogReader.read(path) else { continue }
            // Folded without cases: only whether it ended matters here, as `SessionState.isFinished` defines it.
            if !SessionFold.fold(contents, cases: .none).isFinished { return .success(path) }
        }
        return .failure(.noUnfinishedSession(directory: directory))
    }
}
