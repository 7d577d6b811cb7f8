/// The report as Markdown, to paste into a mail to participants.
public enum MarkdownReport {
    public static func render(_ report: SessionReport, strings: Strings) -> String {
        let s = strings.session
        var out = "# \(s.reportTitle): \(escape(report.training ?? report.sessionID))\n\n"
        if let training = report.training { out += "- **\(s.trainingLabel):** \(escape(training))\n" }
        out += "- **\(s.dateLabel):** \(ReportFormat.date(report.startedAt))\n"
        out += "- **\(s.groupsLabel):** \(escape(report.groups.joined(separator: ", ")))\n"
        var status = report.finished ? s.statusFinished : s.statusOpen
        if report.resumptions > 0 { status += " · " + s.resumedCount(report.resumptions) }
        out += "- **\(s.statusLabel):** \(status) · `\(report.sessionID)`\n"
        if report.truncatedBytes > 0 { out += "\n> \(s.reportTruncated(report.truncatedBytes))\n" }
        if !report.leervragen.isEmpty {
            out += "\n## \(s.leervragenHeading)\n\n"
            for (index, vraag) in report.leervragen.enumerated() { out += "\(index + 1). \(escape(vraag))\n" }
        }
        for (index, play) in report.cases.enumerated() { out += "\n" + section(play, number: index + 1, strings) }
        return out
    }

    static func section(_ play: CaseReport, number: Int, _ strings: Strings) -> String {
        let s = strings.session
        var out = "## \(number). \(escape(play.title))\n"
        for note in notes(play, s) { out += "\n> \(note)\n" }
        if play.skipped { return out }
        if !play.knelpunten.isEmpty {
            out += "\n### \(s.knelpuntenHeading)\n\n"
            for knelpunt in play.knelpunten { out += "- \(escape(knelpunt))\n" }
        }
        if !play.factors.isEmpty {
            out += "\n### \(s.factorsHeading)\n\n" + row(s.factorColumns) + row(s.factorColumns.map { _ in "---" })
            for factor in play.factors {
                out += row([
                    strings.play.sideName(factor.kant), factor.name, strings.play.visibilityName(factor.zichtbaarheid), "\(factor.points)",
                    ReportFormat.names(factor.foundBy, s), ReportFormat.names(factor.calledRightBy, s),
                ])
            }
            let extras = play.extraMarks.filter { !$0.marks.isEmpty }
            if !extras.isEmpty {
                out += "\n**\(s.extraMarksHeading)**\n\n"
                for extra in extras { out += "- \(escape(extra.group)): \(escape(extra.marks.joined(separator: ", ")))\n" }
            }
        }
        for pillar in play.pillars {
            out += "\n### \(escape(strings.play.stepNames(.pijler(0), pillar.name)))\n\n"
            if !pillar.vraag.isEmpty { out += "**\(s.questionLabel):** \(escape(pillar.vraag))\n\n" }
            for option in pillar.options {
                out += "\(option.number). \(escape(option.tekst)) — **\(option.score)**\(option.best ? " (\(s.best))" : "")\n"
                out += "   *\(s.feedbackLabel):* \(escape(option.feedback))\n"
            }
            out += "\n**\(s.choicesHeading)**\n\n"
            for choice in pillar.choices {
                out += "- \(escape(choice.group)): \(ReportFormat.choiceText(choice, s))"
                out += choice.tekst.map { " — \(escape($0))" } ?? ""
                out += "\n"
            }
        }
        out += "\n### \(s.notesHeading)\n\n"
        if play.notes.isEmpty { out += s.noNotes + "\n" }
        for note in play.notes {
            out += "- **\(escape(note.group))** (\(escape(note.phase))): \(escape(note.text).replacingNewlines(with: "\n  "))\n"
        }
        if let max = play.maxScore, !play.scores.isEmpty {
            out += "\n### \(s.scoresHeading)\n\n" + row(s.scoreColumns) + row(s.scoreColumns.map { _ in "---" })
            for (group, score) in play.scores {
                out += row([group, "\(score.factoren)", "\(score.zichtbaarheid)", "\(ReportFormat.pillarPoints(score))", "\(score.total)"])
            }
            out += row([s.maximum, "\(max.factoren)", "\(max.zichtbaarheid)", "\(ReportFormat.pillarPoints(max))", "\(max.total)"])
        }
        return out
    }

    static func notes(_ play: CaseReport, _ s: SessionStrings) -> [String] {
        var notes: [String] = []
        if play.skipped { notes.append(s.caseSkipped) } else if !play.finished { notes.append(s.caseUnfinished) }
        if play.changed { notes.append(s.changedNote) }
        if play.missing { notes.append(s.missingNote) }
        if !play.unmatchedLines.isEmpty { notes.append(s.unmatched(play.unmatchedLines)) }
        return notes
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { escape($0).replacingNewlines(with: " ").replacing("|", with: "\\|") }.joined(separator: " | ") + " |\n"
    }

    /// Case text is untrusted: no control characters, and no raw HTML that a mail client would render.
    static func escape(_ text: String) -> String {
        ReportFormat.clean(text).replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
