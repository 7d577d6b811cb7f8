extension AuthoringStrings {
    public static let nl = AuthoringStrings(
        migrated: { path, n in
            "\(path): omgezet naar formaat 2. Vul de \(n) plekken «vul in: …» in en kijk de kaarten na (de vroegere "
                + "'beschrijving' zien de groepen nu); `casusspel validate \(path)` wijst alles aan."
        },
        migrationRefused: { path, failure in
            switch failure {
            case .invalidJSON(let error):
                "\(path):\(error.location.line):\(error.location.column): \(describeNL(.syntax(error.reason))); niets veranderd"
            case .notACase: "\(path): geen casusbestand (verwacht een JSON-object); niets veranderd"
            case .alreadyFormat2: "\(path): is al formaat 2; niets veranderd"
            case .notFormat1(let version):
                "\(path): geen casusbestand in formaat 1 (schemaVersion \(version ?? "ontbreekt")); niets veranderd"
            }
        },
        migrationWriteFailed: { path, reason in "\(path): kan niet schrijven: \(reason); niets veranderd" },
        surfaceRule: { outcome in
            "wie altijd \(ruleNL(outcome.rule)) kiest, haalt gemiddeld \(decimal(outcome.mean, comma: true)) punten per dilemma; "
                + "willekeurig kiezen \(decimal(outcome.random, comma: true)) (meer dan \(decimal(LibraryChecks.surfaceMargin, comma: true)) verschil). "
                + "De score is te raden aan de vorm: schrijf de opties even zorgvuldig, niet alleen langer of korter"
        },
        ruleName: ruleNL,
        defaultVisibility: { calls in
            "\(calls.asDefault) van \(calls.total) oordelen over zichtbaarheid (\(percent(calls.defaultShare)) %) volgen wat "
                + "factoren.json 'meestal' noemt; verwacht hoogstens \(percent(LibraryChecks.defaultShareLimit)) %. "
                + "Laat de casus bepalen voor wie en wanneer iets zichtbaar is"
        },
        visibilityShare: { calls in
            "Zichtbaarheid: \(calls.differing) van \(calls.total) oordelen (\(percent(1 - calls.defaultShare)) %) wijken af van "
                + "'meestal' in factoren.json (alleen factoren die meestal zichtbaar of onzichtbaar zijn). Volgt elk oordeel "
                + "die standaard, dan leren groepen een tabel uit het hoofd in plaats van te kijken voor wie en wanneer iets zichtbaar is."
        },
        surfaceHeading: { "Altijd op dezelfde manier kiezen, over \($0) dilemma's (gemiddelde punten per dilemma)" },
        surfaceColumns: ["regel", "gemiddeld", "willekeurig", "verschil"],
        pillarSource: { bron in
            bron.map { "Bron van de pijlers: \($0)" } ?? "pijlers.json noemt geen bron (veld 'bron'): zeg de zaal waar de vier namen vandaan komen."
        },
        number: { decimal($0, comma: true) }
    )
}

@Sendable private func ruleNL(_ rule: LibraryChecks.Rule) -> String {
    switch rule {
    case .lengthRank(1): "de langste optie"
    case .lengthRank(2): "de op één na langste optie"
    case .lengthRank(let k): "de optie die op lengte \(k)e is"
    case .position(let p): "optie \(p)"
    case .word(let w): "een optie met het woord '\(w)'"
    }
}
