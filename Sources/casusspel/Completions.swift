import ArgumentParser
import CasusCore
import CasusIO

/// Values the shell completes by asking the program itself (ArgumentParser calls back
/// with the words typed so far), so installed cases, a user's own cases and new sessions
/// complete without regenerating the completion scripts.
enum Completions {
    static let caseIDs = CompletionKind.custom { words, _, _ in
        CasesLocation.library(in: value(of: "--cases", in: words)).cases.map(\.casus.id)
    }

    static let sessionIDs = CompletionKind.custom { words, _, _ in
        let directory = value(of: "--log-dir", in: words) ?? SessionContext.defaultLogDirectory()
        let logs = (try? SessionDirectory.logs(in: directory).get()) ?? []
        return logs.compactMap { $0.split(separator: "/").last.map { String($0.dropLast(".jsonl".count)) } }
    }

    /// `--name VALUE` or `--name=VALUE` among the words, if typed.
    static func value(of name: String, in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == name, index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix(name + "=") { return String(word.dropFirst(name.count + 1)) }
        }
        return nil
    }
}
