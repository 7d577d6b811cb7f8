extension AuthoringStrings {
    public static let en = AuthoringStrings(
        migrated: { path, n in
            "\(path): converted to format 2. Fill in the \(n) places «vul in: …» and review the person cards (the groups now see "
                + "what was 'beschrijving'); `casusspel validate \(path)` points at each."
        },
        migrationRefused: { path, failure in
            switch failure {
            case .invalidJSON(let error):
                "\(path):\(error.location.line):\(error.location.column): \(describeEN(.syntax(error.reason))); nothing changed"
            case .notACase: "\(path): not a case file (expected a JSON object); nothing changed"
            case .alreadyFormat2: "\(path): is format 2 already; nothing changed"
            case .notFormat1(let version):
                "\(path): not a case file in format 1 (schemaVersion \(version ?? "missing")); nothing changed"
            }
        },
        migrationWriteFailed: { path, reason in "\(path): cannot write: \(reason); nothing changed" },
        surfaceRule: { outcome in
            "always picking \(ruleEN(outcome.rule)) scores \(decimal(outcome.mean, comma: false)) points per dilemma on average; "
                + "a random pick \(decimal(outcome.random, comma: false)) (more than \(decimal(LibraryChecks.surfaceMargin, comma: false)) apart). "
                + "The score can be guessed from the form: write the options with equal care, not just longer or shorter"
        },
        ruleName: ruleEN,
        defaultVisibility: { calls in
            "\(calls.asDefault) of \(calls.total) visibility calls (\(percent(calls.defaultShare)) %) follow what factoren.json "
                + "calls 'meestal'; expected at most \(percent(LibraryChecks.defaultShareLimit)) %. "
                + "Let the case decide for whom and when something is visible"
        },
        visibilityShare: { calls in
            "Visibility: \(calls.differing) of \(calls.total) calls (\(percent(1 - calls.defaultShare)) %) differ from 'meestal' "
                + "in factoren.json (only factors that are usually visible or invisible). If every call follows that default, "
                + "groups learn a table by heart instead of looking at for whom and when something is visible."
        },
        surfaceHeading: { "Always choosing the same way, across \($0) dilemmas (mean points per dilemma)" },
        surfaceColumns: ["rule", "mean", "random", "difference"],
        pillarSource: { bron in
            bron.map { "Source of the pillars: \($0)" } ?? "pijlers.json names no source (field 'bron'): tell the room where the pillar names come from."
        },
        number: { decimal($0, comma: false) }
    )
}

@Sendable private func ruleEN(_ rule: LibraryChecks.Rule) -> String {
    switch rule {
    case .lengthRank(1): "the longest option"
    case .lengthRank(2): "the second-longest option"
    case .lengthRank(let k): "the option ranked \(k) by length"
    case .position(let p): "option \(p)"
    case .word(let w): "an option with the word '\(w)'"
    }
}
