import CasusCore
import Foundation

/// Realistic session logs for the statistics benchmark: 1–3 cases per session,
/// 2–6 groups, marks, calls, a choice or pass per dilemma, some notes. Seeded, so
/// every run measures the same logs.
enum SessionLogGenerator {
    static func write(_ count: Int, into directory: String, library: CaseLibrary) -> (events: Int, bytes: Int) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var random = SplitMix64(seed: 42)
        var events = 0
        var bytes = 0
        let taxonomy = library.taxonomy!
        for index in 0..<count {
            let id = "20260101-" + String(100_000 + index) + "-b" + String(index % 1000)
            let groups = (1...Int.random(in: 2...6, using: &random)).map { "Groep \($0)" }
            var lines: [String] = []
            var second = 0
            func log(_ effects: [GameEffect]) {
                for case .log(let event) in effects {
                    second += 1
                    lines.append(
                        event.jsonLine(
                            timestamp: "2026-01-01T09:00:\((second % 60 < 10 ? "0" : "") + String(second % 60)).000Z", sessionID: id))
                }
            }
            log([.log(SessionEvent(.sessionStarted(SessionStart(groups: groups))))])
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let loaded = library.cases.randomElement(using: &random)!
                var (game, effects) = Game.start(
                    casus: loaded.casus, taxonomy: taxonomy, config: GameConfig(groups: groups), now: 0,
                    source: (loaded.file, loaded.contentHash))
                log(effects)
                var guardCount = 0
                while game.step != .afsluiting && guardCount < 500 {
                    guardCount += 1
                    var actions: [GameAction] = []
                    switch game.step {
                    case .factoren:
                        for group in groups.indices {
                            for factor in taxonomy.factoren where Int.random(in: 0..<4, using: &random) == 0 {
                                actions.append(
                                    .toggleFactor(
                                        group: group,
                                        FactorMark(kant: Bool.random(using: &random) ? .client : .professional, factor: factor.id)))
                            }
                            actions.append(.lockFactors(group: group))
                        }
                    case .zichtbaarheid:
                        for group in groups.indices {
                            for mark in game.groups[group].marks {
                                actions.append(.setVisibility(group: group, mark, Bool.random(using: &random) ? .zichtbaar : .onzichtbaar))
                            }
                            actions.append(.lockVisibility(group: group))
                        }
                    case .pijler(let i):
                        for group in groups.indices {
                            let options = game.casus.dilemmas[i].opties.count
                            let pick = Int.random(in: 0...options, using: &random)
                            actions.append(.choose(group: group, pick == options ? .pass : .option(pick)))
                        }
                    case .reflectie:
                        actions = [
                            .note(
                                group: Int.random(in: 0..<groups.count, using: &random),
                                text: "We merken dat we snel invullen wat iemand nodig heeft."), .advance,
                        ]
                    default:
                        actions = [.advance]
                    }
                    for action in actions { log(game.apply(action, now: 0)) }
                }
            }
            log([.log(SessionEvent(.sessionEnded(reason: "gestopt")))])
            let text = lines.joined(separator: "\n") + "\n"
            events += lines.count
            bytes += text.utf8.count
            _ = FileManager.default.createFile(atPath: directory + "/" + id + ".jsonl", contents: Data(text.utf8))
        }
        return (events, bytes)
    }
}
