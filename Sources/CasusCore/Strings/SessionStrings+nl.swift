extension SessionStrings {
    public static let nl = SessionStrings(
        logError: { error, describe in
            switch error {
            case .unreadable(let file, .tooLarge(let size)):
                "\(file): het log is \(byteCount(size)); een sessielog mag hoogstens \(byteCount(SessionLogReader.sizeLimit)) zijn"
            case .unreadable(let file, let failure): "\(file): \(describe(.reading(failure, limit: SessionLogReader.sizeLimit)))"
            case .corrupt(let file, let line, let syntax):
                "\(file):\(line): beschadigde regel in het sessielog"
                    + (syntax.map { " (" + describe(.syntax($0)) + ")" } ?? " (geen v, tijd, sessie of type)")
            case .newerVersion(let file, let line, let found):
                "\(file):\(line): dit log heeft formaatversie \(found); deze casusspel leest t/m versie \(SessionEvent.formatVersion). Werk casusspel bij."
            case .notASession(let file): "\(file): geen sessielog (de eerste regel is geen sessie_start)"
            case .notFound(let reference): "geen sessie gevonden voor ‘\(reference)’ (zie casusspel sessies)"
            case .noUnfinishedSession(let directory): "geen onderbroken sessie in \(directory) (zie casusspel sessies)"
            }
        },
        resumed: { id, events in "Sessie \(id) hervat: \(events) gebeurtenissen teruggezet. De timer staat op pauze (t)." },
        truncated: { bytes, line in
            "De laatste regel van het log was half geschreven (\(bytes) bytes) en is weggelaten; alles t/m regel \(line) is terug."
        },
        reportTruncated: { "De laatste regel van het log was half geschreven (\($0) bytes) en ontbreekt in dit verslag." },
        caseChanged: {
            "‘\($0)’ is gewijzigd sinds deze sessie; keuzes staan zoals gespeeld, opties en feedback komen uit de huidige versie."
        },
        caseMissing: { "Casusbestand van ‘\($0)’ niet gevonden: alleen wat in het log staat." },
        unmatched: { "Regel(s) \($0.map(String.init).joined(separator: ", ")) uit het log passen niet bij de huidige casus." },
        unconfirmedLost: "Wat een groep nog niet met Enter had vastgelegd, stond niet in het log: die groep kiest opnieuw.",
        skippedLogs: { "\($0) log(s) overgeslagen:" },
        skippedLine: { file, line, type, field in
            "\(file):\(line): regel overgeslagen: "
                + (field.map { "veld ‘\($0)’ van ‘\(type)’ ontbreekt of heeft een verkeerde waarde" } ?? "onbekende soort ‘\(type)’")
        },
        readUpToDamage: "Alles vóór die regel is gelezen en getoond; de rest van het log niet.",
        sessionEndedReopen: {
            "Sessie \($0) is afgesloten. Toch verder spelen? Gebruik --heropen; het log noteert dat de sessie heropend is."
        },
        sessionInUse: { pid, started in
            "Deze sessie is in gebruik door "
                + (pid.map { "proces \($0)" + (started.map { " (gestart \($0))" } ?? "") } ?? "een ander proces")
                + "; stop dat eerst of kies een andere sessie."
        },
        logVanished: { "Het sessielog \($0) is verwijderd, verplaatst of vervangen terwijl het spel erin schreef." },
        sessionColumns: ["SESSIE", "DATUM", "TRAINING", "CASUSSEN", "GROEPEN", "STATUS"],
        statusFinished: "afgerond",
        statusOpen: "niet afgesloten",
        noSessions: { "Nog geen sessies in \($0)." },
        reportTitle: "Sessieverslag",
        trainingLabel: "Training",
        dateLabel: "Datum",
        groupsLabel: "Groepen",
        statusLabel: "Status",
        resumedCount: { "\($0) keer onderbroken en hervat" },
        caseSkipped: "Overgeslagen na de inhoudswaarschuwing.",
        caseUnfinished: "Niet afgemaakt: hieronder staat wat tot dan toe is vastgelegd.",
        changedNote:
            "Let op: het casusbestand is gewijzigd sinds deze sessie. Keuzes staan zoals ze gespeeld zijn; opties en feedback komen uit de huidige versie.",
        missingNote: "Casusbestand niet gevonden: hieronder alleen wat in het log staat.",
        knelpuntenHeading: "Knelpunten",
        factorsHeading: "Diversiteitsfactoren",
        factorColumns: ["Kant", "Factor", "Hier", "Punten", "Gevonden door", "Zichtbaarheid goed"],
        extraMarksHeading: "Ook besproken (niet in de casus benoemd)",
        questionLabel: "Vraag",
        optionsHeading: "Opties",
        choicesHeading: "Keuzes",
        feedbackLabel: "Feedback",
        best: "beste",
        optionNumber: { "optie \($0)" },
        passed: "gepast",
        noChoice: "geen keuze",
        notesHeading: "Notities",
        noNotes: "Geen notities.",
        scoresHeading: "Punten",
        scoreColumns: ["Groep", "Factoren", "Zichtbaarheid", "Pijlers", "Totaal"],
        maximum: "Maximaal",
        leervragenHeading: "Leervragen",
        nobody: "niemand",
        csvColumns: [
            "sessie", "datum", "training", "casus", "casustitel", "fase", "groep", "soort", "keuze", "tekst", "punten", "beste",
            "beste_punten",
        ],
        csvKinds: (factor: "factor", visibility: "zichtbaarheid", option: "optie", pass: "pas", note: "notitie"),
        reportsWritten: { "Verslag geschreven: " + $0.joined(separator: " en ") },
        reportFailed: { "Verslag niet geschreven: \($0)" },
        statisticsHeading: { sessions, plays in "Statistiek over \(sessions) sessie(s), \(plays) keer een casus gespeeld" },
        statisticsCase: { title, id, plays, finished, groups in
            "\(title) (\(id)): \(plays)× gespeeld, \(finished)× tot het eind (gemiddelden gaan daarover), \(groups) groepsantwoorden"
        },
        statisticsOptionColumns: ["PIJLER", "NR", "PUNTEN", "GEKOZEN", "", "OPTIE"],
        statisticsFactorColumns: ["KANT", "FACTOR", "HIER", "GEVONDEN", ""],
        statisticsScoreColumns: ["FASE", "GEMIDDELD", "MAXIMAAL"],
        statisticsNothing: "Geen gespeelde casussen gevonden.",
        notInLibrary: { id, plays in "casus \(id) (\(plays)×) staat niet in de bibliotheek; niet meegeteld" },
        replayHint: "←/→ bladeren  q stop",
        replayPosition: { frame, count, time in "Terugkijken \(frame)/\(count) · \(time)" },
        replayLibrary: "Tussen twee casussen",
        replayEmpty: "Deze sessie heeft nog geen gespeelde casus."
    )
}
