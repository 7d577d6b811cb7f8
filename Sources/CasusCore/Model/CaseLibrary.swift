public struct LoadedCase: Sendable, Equatable {
    /// The path as it was reached from what the user named, for messages.
    public let file: String
    public let casus: Casus
    /// FNV-1a of the file's bytes, logged at case start so a report or resume can
    /// tell that a case changed since it was played.
    public let contentHash: String

    public init(file: String, casus: Casus, contentHash: String) {
        self.file = file
        self.casus = casus
        self.contentHash = contentHash
    }

    public static func hash(_ bytes: [UInt8]) -> String {
        String(FNV1a.hash(bytes), radix: 16).leftPadded(to: 16)
    }
}

/// Everything loaded from a set of paths: the taxonomy, the valid cases and
/// every problem found along the way. Invalid cases are left out, not fatal.
public struct CaseLibrary: Sendable {
    public let taxonomy: Taxonomy?
    public let cases: [LoadedCase]
    public let diagnostics: [Diagnostic]
    /// Case and taxonomy files looked at, valid or not.
    public let filesRead: Int

    public init(taxonomy: Taxonomy?, cases: [LoadedCase], diagnostics: [Diagnostic], filesRead: Int) {
        self.taxonomy = taxonomy
        self.cases = cases
        self.diagnostics = diagnostics
        self.filesRead = filesRead
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public func casus(_ id: String) -> LoadedCase? { cases.first { $0.casus.id == id } }

    /// Where a user's own case took the place of a shipped one with the same id.
    public var replacements: [Diagnostic] {
        diagnostics.filter {
            if case .replacesCase = $0.problem { true } else { false }
        }
    }

    /// The case a log line names: the same file when it is still in the library, else the same id.
    public func resolve(_ caseID: String, file: String?) -> LoadedCase? {
        if let file, let same = cases.first(where: { $0.file == file && $0.casus.id == caseID }) { return same }
        return casus(caseID)
    }
}
