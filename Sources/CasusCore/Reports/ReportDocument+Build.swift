extension ReportDocument {
    public static func build(_ report: SessionReport, strings: Strings) -> ReportDocument {
        let s = strings.session
        let title = s.reportTitle + ": " + (report.training ?? report.sessionID)
        var fields: [Field] = []
        if let training = report.training { fields.append(Field(label: s.trainingLabel, value: [.text(training)])) }
        fields.append(Field(label: s.dateLabel, value: [.text(ReportFormat.date(report.startedAt, zone: report.zone))]))
        fields.append(Field(label: s.groupsLabel, value: [.text(report.groups.joined(separator: ", "))]))
        var status = strings.statusText(report.status)
        if report.resumptions > 0 { status += " · " + s.resumedCount(report.resumptions) }
        fields.append(Field(label: s.statusLabel, value: [.text(status + " · "), .code(report.sessionID)]))

        var blocks: [Block] = [.heading(level: 1, [.text(title)]), .fields(fields)]
        if report.truncatedBytes > 0 { blocks.append(.notice([.text(s.reportTruncated(report.truncatedBytes))])) }
        if !report.leervragen.isEmpty {
            blocks.append(.heading(level: 2, [.text(s.leervragenHeading)]))
            let judged = report.leervraagStatus
            let items = report.leervragen.enumerated().map { index, vraag in
                // Once the trainer judged any question in the debrief, each shows how far it was answered.
                ListItem(
                    judged.isEmpty ? [.text(vraag)] : [.text(vraag + " — "), .emphasis([.text(strings.debrief.status(judged[index]))])])
            }
            blocks.append(.list(ordered: true, items))
        }
        for (index, play) in report.cases.enumerated() { blocks.append(.section(section(play, number: index + 1, strings))) }
        return ReportDocument(title: title, blocks: blocks)
    }

    static func section(_ play: CaseReport, number: Int, _ strings: Strings) -> [Block] {
        let s = strings.session
        var blocks: [Block] = [.heading(level: 2, [.text("\(number). "), .text(play.title)])]
        if let summary = play.summary { blocks.append(.paragraph([.emphasis([.text(summary)])])) }
        blocks += notices(play, s).map { .notice([.text($0)]) }
        if play.skipped { return blocks + trainerNotes(play, strings) }
        if !play.knelpunten.isEmpty {
            blocks.append(.heading(level: 3, [.text(s.knelpuntenHeading)]))
            blocks.append(.list(ordered: false, play.knelpunten.map { ListItem([.text($0)]) }))
        }
        if !play.factors.isEmpty {
            blocks.append(.heading(level: 3, [.text(s.factorsHeading)]))
            let rows = play.factors.map { factor in
                [
                    strings.play.sideName(factor.kant), factor.name, strings.play.visibilityName(factor.zichtbaarheid), "\(factor.points)",
                    ReportFormat.names(factor.foundBy, s), ReportFormat.names(factor.calledRightBy, s),
                ]
            }
            blocks.append(.table(header: s.factorColumns, rows: rows))
            let extras = play.extraMarks.filter { !$0.marks.isEmpty }
            if !extras.isEmpty {
                blocks.append(.paragraph([.strong([.text(s.extraMarksHeading)])]))
                blocks.append(.list(ordered: false, extras.map { ListItem([.text($0.group + ": " + $0.marks.joined(separator: ", "))]) }))
            }
        }
        for pillar in play.pillars { blocks += self.pillar(pillar, strings) }
        blocks.append(.heading(level: 3, [.text(s.notesHeading)]))
        if play.notes.isEmpty { blocks.append(.paragraph([.text(s.noNotes)])) }
        if !play.notes.isEmpty {
            blocks.append(
                .quotes(
                    play.notes.map { note in
                        Quote(by: [.strong([.text(note.group)]), .text(" (" + note.phase + ")")], text: Inline.lines(note.text))
                    }))
        }
        if let max = play.maxScore, !play.scores.isEmpty {
            blocks.append(.heading(level: 3, [.text(s.scoresHeading)]))
            let rows = play.scores.map { group, score in scoreRow(group, score) } + [scoreRow(s.maximum, max)]
            blocks.append(.table(header: s.scoreColumns, rows: rows))
        }
        return blocks + trainerNotes(play, strings)
    }

    /// The case's notes for the trainer, last: the rules and where to check them, for the questions that come afterwards.
    static func trainerNotes(_ play: CaseReport, _ strings: Strings) -> [Block] {
        guard let notes = play.trainer else { return [] }
        let c = strings.cards
        var blocks: [Block] = [.heading(level: 3, [.text(c.trainerHeading)]), .paragraph([.text(notes.achtergrond)])]
        blocks.append(.paragraph([.strong([.text(c.rules)])]))
        blocks.append(
            .list(ordered: false, notes.regels.map { ListItem([.text($0.regel)], detail: [.emphasis([.text(c.source + $0.bron)])]) }))
        for (heading, text) in [(c.facilities, notes.voorzieningen), (c.dispute, notes.discussie)] {
            guard let text else { continue }
            blocks.append(.paragraph([.strong([.text(heading)])]))
            blocks.append(.paragraph([.text(text)]))
        }
        return blocks
    }

    static func pillar(_ pillar: PillarReport, _ strings: Strings) -> [Block] {
        let s = strings.session
        var blocks: [Block] = [.heading(level: 3, [.text(strings.play.stepNames(.pijler(0), pillar.name))])]
        if !pillar.vraag.isEmpty { blocks.append(.paragraph([.strong([.text(s.questionLabel + ":")]), .text(" "), .text(pillar.vraag)])) }
        if !pillar.options.isEmpty {
            let items = pillar.options.map { option in
                ListItem(
                    [.text(option.tekst + " — "), .strong([.text("\(option.score)")]), .text(option.best ? " (\(s.best))" : "")],
                    detail: [.emphasis([.text(s.feedbackLabel + ":")]), .text(" "), .text(option.feedback)], highlighted: option.best)
            }
            blocks.append(.list(ordered: true, items))
        }
        blocks.append(.paragraph([.strong([.text(s.choicesHeading)])]))
        let choices = pillar.choices.map { choice in
            ListItem([
                .text(choice.group + ": " + ReportFormat.choiceText(choice, s, strings.reveal) + (choice.tekst.map { " — " + $0 } ?? ""))
            ])
        }
        blocks.append(.list(ordered: false, choices))
        return blocks
    }

    /// What the reader must know before reading a case's choices.
    static func notices(_ play: CaseReport, _ s: SessionStrings) -> [String] {
        var notes: [String] = []
        if play.skipped { notes.append(s.caseSkipped) } else if !play.finished { notes.append(s.caseUnfinished) }
        if play.changed { notes.append(s.changedNote) }
        if play.missing { notes.append(s.missingNote) }
        if !play.unmatchedLines.isEmpty { notes.append(s.unmatched(play.unmatchedLines)) }
        return notes
    }

    private static func scoreRow(_ label: String, _ score: CaseScore) -> [String] {
        [label, "\(score.factoren)", "\(score.zichtbaarheid)", "\(ReportFormat.pillarPoints(score))", "\(score.total)"]
    }
}
