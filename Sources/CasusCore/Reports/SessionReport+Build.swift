extension SessionReport {
    public static func build(_ state: SessionState, taxonomy: Taxonomy?, strings: Strings) -> SessionReport {
        SessionReport(
            sessionID: state.id, startedAt: state.startedAt, training: state.training, groups: state.config.groups,
            leervragen: state.config.leervragen, finished: state.isFinished, resumptions: state.resumptions,
            truncatedBytes: state.truncatedBytes,
            cases: state.plays.map { CaseReport.build($0, groups: state.config.groups, taxonomy: taxonomy, strings: strings.play) })
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
        let casus = game.casus
        let name = { (id: String) in game.taxonomy.factor(id)?.naam ?? id }
        var factors: [ReferenceRow] = []
        var named: Set<FactorMark> = []
        for kant in Kant.allCases {
            for reference in casus.referentie(voor: kant) {
                let mark = FactorMark(kant: kant, factor: reference.factor)
                named.insert(mark)
                factors.append(
                    ReferenceRow(
                        kant: kant, factor: reference.factor, name: name(reference.factor), zichtbaarheid: reference.zichtbaarheid,
                        points: Scoring.factorPoints(reference),
                        foundBy: game.groups.filter { $0.marks.contains(mark) }.map(\.name),
                        calls: game.groups.compactMap { group in group.calls[mark].map { (group.name, $0) } }))
            }
        }
        let extras = game.groups.map { group in
            (group.name, group.marks.subtracting(named).sorted().map { s.sideName($0.kant) + ": " + name($0.factor) })
        }
        let pillars = casus.dilemmas.enumerated().map { index, dilemma in
            PillarReport(
                pijler: dilemma.pijler, name: game.taxonomy.pijler(dilemma.pijler)?.naam ?? dilemma.pijler, vraag: dilemma.vraag,
                options: dilemma.opties.enumerated().map { number, optie in
                    OptionRow(
                        number: number + 1, tekst: optie.tekst, score: optie.score, feedback: optie.feedback,
                        best: optie.score == dilemma.besteScore)
                },
                choices: game.groups.map { group in
                    let logged = played[Key(group: group.name, pijler: dilemma.pijler)]
                    switch group.choices[index] {
                    case .option(let option)?:
                        return GroupChoice(
                            group: group.name, option: option + 1, passed: false, tekst: logged?.tekst ?? dilemma.opties[option].tekst,
                            score: logged?.score ?? dilemma.opties[option].score)
                    case .pass?: return GroupChoice(group: group.name, option: nil, passed: true, tekst: nil, score: 0)
                    case nil: return GroupChoice(group: group.name, option: nil, passed: false, tekst: nil, score: 0)
                    }
                })
        }
        // In the order of the case's steps, as the discussion went; groups in turn order within a step.
        let notes = game.groups.flatMap { group in group.notes.map { (group.name, $0) } }
            .enumerated().sorted { a, b in
                let (stepA, stepB) = (game.steps.firstIndex(of: a.element.1.step) ?? 0, game.steps.firstIndex(of: b.element.1.step) ?? 0)
                return (stepA, a.offset) < (stepB, b.offset)
            }
            .map { _, pair in
                NoteRow(group: pair.0, phase: s.stepNames(pair.1.step, pillarName(pair.1.step, game)), text: pair.1.text)
            }
        return CaseReport(
            id: play.caseID, title: casus.titel, startedAt: play.startedAt, skipped: play.skipped, finished: play.finished,
            changed: play.changedSincePlayed, missing: false, unmatchedLines: play.unmatchedLines,
            knelpunten: casus.knelpunten.prefix(game.revealedKnelpunten).map(\.tekst), factors: factors, extraMarks: extras,
            pillars: pillars, notes: notes, scores: game.groups.indices.map { (game.groups[$0].name, game.score(of: $0)) },
            maxScore: game.maxScore)
    }

    private struct Key: Hashable {
        let group: String
        let pijler: String
    }

    /// The option texts and scores as logged, which is what the room saw even if the file changed later.
    private static func playedChoices(_ events: [SessionEvent]) -> [Key: (option: Int?, tekst: String?, score: Int)] {
        var out: [Key: (option: Int?, tekst: String?, score: Int)] = [:]
        for event in events {
            guard let group = event.group, let choice = event.pillarChoice else { continue }
            out[Key(group: group, pijler: choice.pillar)] = (choice.number, choice.text, choice.score)
        }
        return out
    }

    private static func loggedPillars(
        _ events: [SessionEvent], groups: [String], taxonomy: Taxonomy?, played: [Key: (option: Int?, tekst: String?, score: Int)]
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
                    return GroupChoice(
                        group: group, option: logged?.option, passed: logged != nil && logged?.option == nil, tekst: logged?.tekst,
                        score: logged?.score ?? 0)
                })
        }
    }

    private static func pillarName(_ step: Step, _ game: Game) -> String? {
        switch step {
        case .pijler(let i), .pijlerOnthulling(let i): game.taxonomy.pijler(game.casus.dilemmas[i].pijler)?.naam
        default: nil
        }
    }
}
