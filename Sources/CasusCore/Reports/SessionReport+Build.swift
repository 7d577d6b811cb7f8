extension SessionReport {
    public static func build(_ state: SessionState, taxonomy: Taxonomy?, strings: Strings, zone: LocalZone = .utc) -> SessionReport {
        var report = SessionReport(
            sessionID: state.id, startedAt: state.startedAt, training: state.training, groups: state.config.groups,
            leervragen: state.config.leervragen, finished: state.status.isFinished, resumptions: state.resumptions,
            truncatedBytes: state.truncatedBytes,
            cases: state.plays.map { CaseReport.build($0, groups: state.config.groups, taxonomy: taxonomy, strings: strings.play) })
        report.status = state.status
        report.zone = zone
        if !state.leervraagStatus.isEmpty { report.leervraagStatus = state.config.leervragen.indices.map { state.leervraagStatus[$0] } }
        return report
    }
}

extension CaseReport {
    static func build(_ play: PlayedCase, groups: [String], taxonomy: Taxonomy?, strings s: PlayStrings) -> CaseReport {
        let played = playedChoices(play.events)
        guard let game = play.game else {
            return CaseReport(
                id: play.caseID, title: play.title, startedAt: play.startedAt, skipped: play.skipped, finished: play.finished,
                changed: false, missing: true, unmatchedLines: play.unmatchedLines,
                knelpunten: play.events.compactMap(\.knelpuntText), factors: [],
                extraMarks: [], pillars: loggedPillars(play.events, groups: groups, taxonomy: taxonomy, played: played),
                notes: play.events.compactMap { event in
                    event.noteText.map { NoteRow(group: event.group ?? "", phase: event.phase ?? "", text: $0) }
                }, scores: [], maxScore: nil)
        }
        let summary = CaseSummary(game)
        let pillars = summary.pillars.map { pillar in
            PillarReport(
                pijler: pillar.pijler, name: pillar.name, vraag: pillar.vraag, options: pillar.options,
                choices: zip(summary.groups, pillar.choices).enumerated().map { index, pair in
                    let (group, choice) = pair
                    let logged = played[Key(group: group, pijler: pillar.pijler)]
                    switch choice {
                    case .option(let option)?:
                        var row = GroupChoice(
                            group: group, option: option + 1, passed: false, tekst: logged?.text ?? pillar.options[option].tekst,
                            score: logged?.score ?? pillar.options[option].score)
                        row.shown = logged?.shown
                        return row
                    case .own(let text)?:
                        let awarded = pillar.awarded[index]
                        var row = GroupChoice(group: group, option: nil, passed: false, tekst: text, score: awarded?.score ?? 0)
                        row.own = true
                        row.reason = awarded?.reason
                        return row
                    case .pass?: return GroupChoice(group: group, option: nil, passed: true, tekst: nil, score: 0)
                    case nil: return GroupChoice(group: group, option: nil, passed: false, tekst: nil, score: 0)
                    }
                })
        }
        var report = CaseReport(
            id: play.caseID, title: game.casus.titel, startedAt: play.startedAt, skipped: play.skipped, finished: play.finished,
            changed: play.changedSincePlayed, missing: false, unmatchedLines: play.unmatchedLines, knelpunten: summary.knelpunten,
            factors: summary.factors,
            extraMarks: summary.extraMarks.map { group, marks in (group, marks.map { s.sideName($0.kant) + ": " + $0.name }) },
            pillars: pillars,
            notes: summary.notesInStepOrder.map { NoteRow(group: $0.group, phase: s.stepNames($0.step, $0.pillarName), text: $0.text) },
            scores: summary.scores, maxScore: summary.maxScore)
        report.summary = game.casus.samenvatting
        report.trainer = game.casus.trainer
        return report
    }

    private struct Key: Hashable {
        let group: String
        let pijler: String
    }

    /// The option texts and scores as logged, which is what the room saw even if the file changed later.
    private static func playedChoices(_ events: [SessionEvent]) -> [Key: LoggedChoice] {
        var out: [Key: LoggedChoice] = [:]
        for event in events {
            guard let group = event.group else { continue }
            if event.kind == .choiceReopened, let phase = event.phase, phase.hasPrefix("pijler:") {
                // The trainer reopened this choice: only the group's next one counts.
                out[Key(group: group, pijler: String(phase.dropFirst("pijler:".count)))] = nil
            }
            guard let choice = event.pillarChoice else { continue }
            out[Key(group: group, pijler: choice.pillar)] = choice
        }
        return out
    }

    private static func loggedPillars(
        _ events: [SessionEvent], groups: [String], taxonomy: Taxonomy?, played: [Key: LoggedChoice]
    ) -> [PillarReport] {
        var order: [String] = []
        for event in events {
            if let pijler = event.pillarChoice?.pillar, !order.contains(pijler) { order.append(pijler) }
        }
        return order.map { pijler in
            PillarReport(
                pijler: pijler, name: taxonomy?.pijler(pijler)?.naam ?? pijler, vraag: "", options: [],
                choices: groups.map { group in
                    let logged = played[Key(group: group, pijler: pijler)]
                    var row = GroupChoice(
                        group: group, option: logged?.number, passed: logged.map { $0.number == nil && !$0.own } ?? false,
                        tekst: logged?.text, score: logged?.score ?? 0)
                    row.shown = logged?.shown
                    row.own = logged?.own ?? false
                    return row
                })
        }
    }
}
