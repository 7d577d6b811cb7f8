extension SessionStrings {
    public static let en = SessionStrings(
        logError: { error, describe in
            switch error {
            case .unreadable(let file, .tooLarge(let size)):
                "\(file): the log is \(byteCount(size)); a session log may be at most \(byteCount(SessionLogReader.sizeLimit))"
            case .unreadable(let file, let failure): "\(file): \(describe(.reading(failure, limit: SessionLogReader.sizeLimit)))"
            case .corrupt(let file, let line, let syntax):
                "\(file):\(line): damaged line in the session log"
                    + (syntax.map { " (" + describe(.syntax($0)) + ")" } ?? " (no v, tijd, sessie or type)")
            case .newerVersion(let file, let line, let found):
                "\(file):\(line): this log has format version \(found); this casusspel reads up to version \(SessionEvent.formatVersion). Please update casusspel."
            case .notASession(let file): "\(file): not a session log (the first line is not sessie_start)"
            case .notFound(let reference): "no session found for ‘\(reference)’ (see casusspel sessies)"
            case .noUnfinishedSession(let directory): "no interrupted session in \(directory) (see casusspel sessies)"
            }
        },
        resumed: { id, events in "Session \(id) resumed: \(events) events restored. The timer is paused (t)." },
        truncated: { bytes, line in
            "The log's last line was half written (\(bytes) bytes) and was left out; everything up to line \(line) is back."
        },
        reportTruncated: { "The log's last line was half written (\($0) bytes) and is missing from this report." },
        caseChanged: {
            "‘\($0)’ changed since this session; choices are shown as played, options and feedback come from the current version."
        },
        caseMissing: { "Case file of ‘\($0)’ not found: only what the log says." },
        unmatched: { "Log line(s) \($0.map(String.init).joined(separator: ", ")) do not fit the current case." },
        unconfirmedLost: "What a group had not yet locked with Enter was not in the log: that group chooses again.",
        skippedLogs: { "\($0) log(s) skipped:" },
        skippedLine: { file, line, type, field in
            "\(file):\(line): line skipped: "
                + (field.map { "field ‘\($0)’ of ‘\(type)’ is missing or has a wrong value" } ?? "unknown type ‘\(type)’")
        },
        readUpToDamage: "Everything before that line was read and is shown; the rest of the log is not.",
        sessionEndedReopen: { "Session \($0) has ended. Play on anyway? Use --heropen; the log records that the session was reopened." },
        sessionInUse: { pid, started in
            "This session is in use by "
                + (pid.map { "process \($0)" + (started.map { " (started \($0))" } ?? "") } ?? "another process")
                + "; stop that one first or choose another session."
        },
        logVanished: { "The session log \($0) was removed, moved or replaced while the game was writing to it." },
        sessionColumns: ["SESSION", "DATE", "TRAINING", "CASES", "GROUPS", "STATUS"],
        statusFinished: "finished",
        statusOpen: "not closed",
        noSessions: { "No sessions yet in \($0)." },
        reportTitle: "Session report",
        trainingLabel: "Training",
        dateLabel: "Date",
        groupsLabel: "Groups",
        statusLabel: "Status",
        resumedCount: { "interrupted and resumed \($0) time(s)" },
        caseSkipped: "Skipped after the content note.",
        caseUnfinished: "Not finished: below is what was recorded until then.",
        changedNote:
            "Note: the case file changed since this session. Choices are shown as played; options and feedback come from the current version.",
        missingNote: "Case file not found: below is only what the log says.",
        knelpuntenHeading: "Where it chafes",
        factorsHeading: "Diversity factors",
        factorColumns: ["Side", "Factor", "Here", "Points", "Found by", "Visibility right"],
        extraMarksHeading: "Also discussed (not named in the case)",
        questionLabel: "Question",
        optionsHeading: "Options",
        choicesHeading: "Choices",
        feedbackLabel: "Feedback",
        best: "best",
        optionNumber: { "option \($0)" },
        passed: "passed",
        noChoice: "no choice",
        notesHeading: "Notes",
        noNotes: "No notes.",
        scoresHeading: "Points",
        scoreColumns: ["Group", "Factors", "Visibility", "Pillars", "Total"],
        maximum: "Maximum",
        leervragenHeading: "Learning questions",
        nobody: "nobody",
        csvColumns: [
            "session", "date", "training", "case", "case_title", "phase", "group", "kind", "choice", "text", "points", "best",
            "best_points",
        ],
        csvKinds: (factor: "factor", visibility: "visibility", option: "option", pass: "pass", note: "note"),
        reportsWritten: { "Report written: " + $0.joined(separator: " and ") },
        reportFailed: { "Report not written: \($0)" },
        statisticsHeading: { sessions, plays in "Statistics over \(sessions) session(s), \(plays) case plays" },
        statisticsCase: { title, id, plays, finished, groups in
            "\(title) (\(id)): played \(plays)×, \(finished)× to the end (means are over those), \(groups) group answers"
        },
        statisticsOptionColumns: ["PILLAR", "NO", "POINTS", "CHOSEN", "", "OPTION"],
        statisticsFactorColumns: ["SIDE", "FACTOR", "HERE", "FOUND", ""],
        statisticsScoreColumns: ["PHASE", "MEAN", "MAXIMUM"],
        statisticsNothing: "No played cases found.",
        notInLibrary: { id, plays in "case \(id) (\(plays)×) is not in the library; not counted" },
        replayHint: "←/→ browse  q quit",
        replayPosition: { frame, count, time in "Replay \(frame)/\(count) · \(time)" },
        replayLibrary: "Between two cases",
        replayEmpty: "This session has no played case yet."
    )
}
