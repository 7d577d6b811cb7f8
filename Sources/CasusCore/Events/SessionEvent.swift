/// One line of the session log, typed. This file is the log's vocabulary: every
/// event type string is spelled here and nowhere else in `Sources/`, beside the
/// encoder and the decoder, so a new event is one case, one `encode` and one
/// `decode` branch. The session machine consumes exactly these values, live and
/// when a log is replayed.
public struct SessionEvent: Sendable, Equatable {
    public var kind: Kind
    public var caseID: String?
    /// The step's stable log name (`factoren`, `pijler:bereik`).
    public var phase: String?
    /// The group's name, for events of one group.
    public var group: String?

    public init(_ kind: Kind, caseID: String? = nil, phase: String? = nil, group: String? = nil) {
        self.kind = kind
        self.caseID = caseID
        self.phase = phase
        self.group = group
    }

    /// The log's format version. Raise it when an event is added or changed, keep
    /// every earlier version readable, and add a fixture log for it to the tests.
    /// 3: the option order the room saw (`casus_start.volgorde`, `keuze.getoond`, `sessie_start.zaadje`),
    /// own approaches and the trainer's points for them, the expert view after the vote, the learning
    /// questions' status in the debrief, and that the own-iceberg step was shown.
    /// 4: the trainer reopens a group's choice (`keuze_heropend`); the timer's remaining seconds when it
    /// is paused, started or changed (`timer`) and on entering a phase (`fase.over`), so a resume restores it.
    public static let formatVersion = 4

    public enum Kind: Sendable, Equatable {
        case sessionStarted(SessionStart)
        case caseStarted(CaseStart)
        /// `remaining`: the seconds on the phase's timer as the room enters it (format 4; a reveal continues its phase's time).
        case phaseEntered(minutes: Int?, remaining: Int? = nil)
        case knelpuntShown(number: Int, text: String)
        case factorsLocked(client: [String], professional: [String])
        case visibilityLocked([VisibilityCall])
        case factorsRevealed([String: FactorPoints])
        /// `number` is the case's own option number (1-based); `shown` the position the room saw it at
        /// (format 3; nil before); `text` and `score` as they were on screen.
        case optionChosen(pillar: String, number: Int, shown: Int?, text: String, score: Int)
        case passed(pillar: String)
        /// A group's own approach instead of an option; the trainer weighs it after the vote.
        case ownApproach(pillar: String, text: String)
        /// The trainer's points (0–3) for a group's own approach, with a one-line reason.
        case ownApproachScored(pillar: String, score: Int, reason: String)
        /// Second step of a pillar's reveal: the expert view per option, with the points.
        case expertShown(pillar: String)
        case pillarRevealed(pillar: String, distribution: [Int], passes: Int, scores: [String: Int])
        case noteWritten(String)
        case timeUp
        case caseSkipped
        case caseEnded([String: CaseScore])
        case caseReloaded(title: String, contentHash: String?)
        case sessionEnded(reason: String)
        case sessionInterrupted(signal: Int)
        case turnTaken
        /// `play --resume`; `reopened` when the session had ended and `--heropen` opened it again.
        case sessionResumed(reopened: Bool)
        /// The trainer's judgement of learning question `number` (1-based) in the debrief.
        case leervraagJudged(number: Int, question: String, status: LeervraagStatus)
        /// The optional own-iceberg prompts were shown; nothing personal is recorded.
        case icebergShown
        /// Before a reveal the trainer reopened the group's locked answer on this step; its next lock counts.
        case choiceReopened
        /// The trainer started, paused or changed the phase's timer (or the session stopped with it): seconds left.
        case timerSet(remaining: Int, running: Bool)
    }

    /// The `type` field of the line.
    public var type: String {
        switch kind {
        case .sessionStarted: "sessie_start"
        case .caseStarted: "casus_start"
        case .phaseEntered: "fase"
        case .knelpuntShown: "knelpunt_getoond"
        case .factorsLocked: "factoren_vastgelegd"
        case .visibilityLocked: "zichtbaarheid_vastgelegd"
        case .factorsRevealed: "onthulling_factoren"
        case .optionChosen: "keuze"
        case .passed: "pas"
        case .ownApproach: "eigen_aanpak"
        case .ownApproachScored: "aanpak_beoordeeld"
        case .expertShown: "onthulling_expert"
        case .pillarRevealed: "onthulling_pijler"
        case .noteWritten: "notitie"
        case .timeUp: "tijd_op"
        case .caseSkipped: "casus_overgeslagen"
        case .caseEnded: "casus_einde"
        case .caseReloaded: "casus_herladen"
        case .sessionEnded: "sessie_einde"
        case .sessionInterrupted: "sessie_onderbroken"
        case .turnTaken: "beurt"
        case .sessionResumed: "sessie_hervat"
        case .leervraagJudged: "leervraag_beoordeeld"
        case .icebergShown: "ijsberg_getoond"
        case .choiceReopened: "keuze_heropend"
        case .timerSet: "timer"
        }
    }

    // MARK: - Encoding

    /// The `data` member of the line.
    public var data: [String: LogValue] {
        switch kind {
        case .sessionStarted(let s):
            var data: [String: LogValue] = [
                "groepen": .strings(s.groups), "leervragen": .strings(s.leervragen), "anoniem": .bool(s.anonymous),
                "scores": .bool(s.showScores), "taal": .string(s.language), "casussen": .object(s.cases.mapValues { .string($0) }),
            ]
            if let training = s.training { data["training"] = .string(training) }
            if let seed = s.seed { data["zaadje"] = .int(seed) }
            if let pillars = s.pillars { data["pijlers"] = .strings(pillars) }
            if s.short { data["kort"] = .bool(true) }
            return data
        case .caseStarted(let c):
            var data: [String: LogValue] = ["titel": .string(c.title), "groepen": .strings(c.groups)]
            if let file = c.file { data["bestand"] = .string(file) }
            if let hash = c.contentHash { data["inhoud"] = .string(hash) }
            if let order = c.optionOrder { data["volgorde"] = .array(order.map { .array($0.map { .int($0 + 1) }) }) }
            return data
        case .phaseEntered(let minutes, let remaining):
            var data: [String: LogValue] = ["minuten": minutes.map { .int($0) } ?? .null]
            if let remaining { data["over"] = .int(remaining) }
            return data
        case .knelpuntShown(let number, let text): return ["nummer": .int(number), "tekst": .string(text)]
        case .factorsLocked(let client, let professional): return ["client": .strings(client), "professional": .strings(professional)]
        case .visibilityLocked(let calls):
            let list = calls.map { call -> LogValue in
                .object([
                    "kant": .string(call.mark.kant.rawValue), "factor": .string(call.mark.factor),
                    "zichtbaarheid": .string(call.value.rawValue),
                ])
            }
            return ["oordelen": .array(list)]
        case .factorsRevealed(let scores):
            return [
                "scores": .object(scores.mapValues { .object(["factoren": .int($0.factoren), "zichtbaarheid": .int($0.zichtbaarheid)]) })
            ]
        case .optionChosen(let pillar, let number, let shown, let text, let score):
            var data: [String: LogValue] = ["pijler": .string(pillar), "optie": .int(number), "tekst": .string(text), "score": .int(score)]
            if let shown { data["getoond"] = .int(shown) }
            return data
        case .passed(let pillar): return ["pijler": .string(pillar), "pas": .bool(true), "score": .int(0)]
        case .ownApproach(let pillar, let text): return ["pijler": .string(pillar), "tekst": .string(text)]
        case .ownApproachScored(let pillar, let score, let reason):
            return ["pijler": .string(pillar), "score": .int(score), "reden": .string(reason)]
        case .expertShown(let pillar): return ["pijler": .string(pillar)]
        case .pillarRevealed(let pillar, let distribution, let passes, let scores):
            return [
                "pijler": .string(pillar), "verdeling": .array(distribution.map { .int($0) }), "pas": .int(passes),
                "scores": .object(scores.mapValues { .int($0) }),
            ]
        case .noteWritten(let text): return ["tekst": .string(text)]
        case .caseEnded(let scores):
            return [
                "scores": .object(
                    scores.mapValues { score in
                        .object([
                            "factoren": .int(score.factoren), "zichtbaarheid": .int(score.zichtbaarheid),
                            "pijlers": .array(score.pijlers.map { .int($0) }), "totaal": .int(score.total),
                        ])
                    })
            ]
        case .caseReloaded(let title, let hash):
            var data: [String: LogValue] = ["titel": .string(title)]
            if let hash { data["inhoud"] = .string(hash) }
            return data
        case .sessionEnded(let reason): return ["reden": .string(reason)]
        case .sessionInterrupted(let signal): return ["signaal": .int(signal)]
        case .leervraagJudged(let number, let question, let status):
            return ["nummer": .int(number), "vraag": .string(question), "status": .string(status.rawValue)]
        case .sessionResumed(let reopened): return reopened ? ["heropend": .bool(true)] : [:]
        case .timerSet(let remaining, let running): return ["over": .int(remaining), "loopt": .bool(running)]
        case .timeUp, .caseSkipped, .turnTaken, .icebergShown, .choiceReopened: return [:]
        }
    }

    /// One JSON object, keys sorted, without a newline.
    public func jsonLine(timestamp: String, sessionID: String, version: Int = SessionEvent.formatVersion) -> String {
        var object: [String: LogValue] = [
            "v": .int(version), "tijd": .string(timestamp), "sessie": .string(sessionID), "type": .string(type),
        ]
        if let caseID { object["casus"] = .string(caseID) }
        if let phase { object["fase"] = .string(phase) }
        if let group { object["groep"] = .string(group) }
        let data = data
        if !data.isEmpty { object["data"] = .object(data) }
        return LogValue.object(object).json
    }

    // MARK: - Decoding

    /// The event a log line describes; a field the event needs that is missing or
    /// of the wrong type is an error naming it. Fields added in later formats are optional.
    public static func decode(
        type: String, caseID: String?, phase: String?, group: String?, data: [String: JSONValue]
    ) throws(EventDecodingError) -> SessionEvent {
        let d = EventFields(type: type, data: data)
        let kind: Kind
        switch type {
        case "sessie_start":
            kind = .sessionStarted(
                SessionStart(
                    groups: try d.strings("groepen"), leervragen: d.optionalStrings("leervragen"),
                    anonymous: d.data["anoniem"]?.boolValue ?? false, showScores: d.data["scores"]?.boolValue ?? true,
                    language: d.data["taal"]?.stringValue ?? "nl", training: d.data["training"]?.stringValue,
                    cases: (d.data["casussen"]?.members ?? [:]).compactMapValues(\.stringValue), seed: d.data["zaadje"]?.intValue,
                    pillars: d.data["pijlers"]?.elements.map { $0.compactMap(\.stringValue) }, short: d.data["kort"]?.boolValue ?? false))
        case "casus_start":
            kind = .caseStarted(
                CaseStart(
                    title: try d.string("titel"), groups: d.optionalStrings("groepen"), file: d.data["bestand"]?.stringValue,
                    contentHash: d.data["inhoud"]?.stringValue,
                    optionOrder: d.data["volgorde"]?.elements.map { $0.map { ($0.elements ?? []).compactMap(\.intValue).map { $0 - 1 } } }))
        case "fase": kind = .phaseEntered(minutes: d.data["minuten"]?.intValue, remaining: d.data["over"]?.intValue)
        case "knelpunt_getoond": kind = .knelpuntShown(number: try d.int("nummer"), text: d.data["tekst"]?.stringValue ?? "")
        case "factoren_vastgelegd": kind = .factorsLocked(client: try d.strings("client"), professional: try d.strings("professional"))
        case "zichtbaarheid_vastgelegd":
            kind = .visibilityLocked(
                try d.array("oordelen").map { call throws(EventDecodingError) in
                    guard let fields = call.members, let kant = fields["kant"]?.stringValue.flatMap(Kant.init(rawValue:)),
                        let factor = fields["factor"]?.stringValue,
                        let value = fields["zichtbaarheid"]?.stringValue.flatMap(Zichtbaarheid.init(rawValue:))
                    else { throw EventDecodingError(type: type, field: "oordelen") }
                    return VisibilityCall(FactorMark(kant: kant, factor: factor), value)
                })
        case "onthulling_factoren":
            kind = .factorsRevealed(
                d.object("scores").compactMapValues { value in
                    value.members.flatMap { m in
                        m["factoren"]?.intValue.map { FactorPoints(factoren: $0, zichtbaarheid: m["zichtbaarheid"]?.intValue ?? 0) }
                    }
                })
        case "keuze":
            kind = .optionChosen(
                pillar: try d.string("pijler"), number: try d.int("optie"), shown: d.data["getoond"]?.intValue,
                text: d.data["tekst"]?.stringValue ?? "", score: d.data["score"]?.intValue ?? 0)
        case "pas": kind = .passed(pillar: try d.string("pijler"))
        case "eigen_aanpak": kind = .ownApproach(pillar: try d.string("pijler"), text: try d.string("tekst"))
        case "aanpak_beoordeeld":
            kind = .ownApproachScored(pillar: try d.string("pijler"), score: try d.int("score"), reason: d.data["reden"]?.stringValue ?? "")
        case "onthulling_expert": kind = .expertShown(pillar: try d.string("pijler"))
        case "onthulling_pijler":
            kind = .pillarRevealed(
                pillar: try d.string("pijler"), distribution: (d.data["verdeling"]?.elements ?? []).compactMap(\.intValue),
                passes: d.data["pas"]?.intValue ?? 0, scores: d.object("scores").compactMapValues(\.intValue))
        case "notitie": kind = .noteWritten(try d.string("tekst"))
        case "tijd_op": kind = .timeUp
        case "casus_overgeslagen": kind = .caseSkipped
        case "casus_einde":
            kind = .caseEnded(
                d.object("scores").compactMapValues { value in
                    value.members.map { m in
                        CaseScore(
                            factoren: m["factoren"]?.intValue ?? 0, zichtbaarheid: m["zichtbaarheid"]?.intValue ?? 0,
                            pijlers: (m["pijlers"]?.elements ?? []).compactMap(\.intValue))
                    }
                })
        case "casus_herladen": kind = .caseReloaded(title: d.data["titel"]?.stringValue ?? "", contentHash: d.data["inhoud"]?.stringValue)
        case "sessie_einde": kind = .sessionEnded(reason: d.data["reden"]?.stringValue ?? "")
        case "sessie_onderbroken": kind = .sessionInterrupted(signal: d.data["signaal"]?.intValue ?? 0)
        case "beurt": kind = .turnTaken
        case "sessie_hervat": kind = .sessionResumed(reopened: d.data["heropend"]?.boolValue ?? false)
        case "leervraag_beoordeeld":
            guard let status = d.data["status"]?.stringValue.flatMap(LeervraagStatus.init(rawValue:)) else {
                throw EventDecodingError(type: type, field: "status")
            }
            kind = .leervraagJudged(number: try d.int("nummer"), question: d.data["vraag"]?.stringValue ?? "", status: status)
        case "ijsberg_getoond": kind = .icebergShown
        case "keuze_heropend": kind = .choiceReopened
        case "timer": kind = .timerSet(remaining: try d.int("over"), running: d.data["loopt"]?.boolValue ?? false)
        default: throw EventDecodingError(type: type, field: nil)
        }
        return SessionEvent(kind, caseID: caseID, phase: phase, group: group)
    }
}
