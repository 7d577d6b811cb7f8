/// Where a group of players is in a case. Reveal steps follow the step whose
/// answers they reveal and share its timer.
public enum Step: Sendable, Equatable, Hashable {
    case inhoudswaarschuwing
    case verhaal
    case knelpunten
    case factoren
    case zichtbaarheid
    case zichtbaarheidOnthulling
    case pijler(Int)
    case pijlerOnthulling(Int)
    case reflectie
    case afsluiting

    /// The steps of a case in order; the content note only when the case has one, and only
    /// the dilemmas of `pillars` when the trainer chose some (nil: all).
    public static func sequence(for casus: Casus, pillars: [String]? = nil) -> [Step] {
        var steps: [Step] = casus.inhoudswaarschuwing == nil ? [] : [.inhoudswaarschuwing]
        steps += [.verhaal, .knelpunten, .factoren, .zichtbaarheid, .zichtbaarheidOnthulling]
        for (index, dilemma) in casus.dilemmas.enumerated() where pillars?.contains(dilemma.pijler) ?? true {
            steps += [.pijler(index), .pijlerOnthulling(index)]
        }
        steps += [.reflectie, .afsluiting]
        return steps
    }

    /// The log's name for the phase, stable across languages: `pijler:bereik`.
    public func logName(in casus: Casus) -> String {
        switch self {
        case .inhoudswaarschuwing: "inhoudswaarschuwing"
        case .verhaal: "verhaal"
        case .knelpunten: "knelpunten"
        case .factoren: "factoren"
        case .zichtbaarheid: "zichtbaarheid"
        case .zichtbaarheidOnthulling: "zichtbaarheid-onthulling"
        case .pijler(let i): "pijler:\(casus.dilemmas[i].pijler)"
        case .pijlerOnthulling(let i): "pijler-onthulling:\(casus.dilemmas[i].pijler)"
        case .reflectie: "reflectie"
        case .afsluiting: "afsluiting"
        }
    }

    /// Suggested minutes; nil where no timer runs.
    /// `short`: the case's short-format minutes, where it has them.
    public func minutes(in casus: Casus, short: Bool = false) -> Int? {
        let minuten = short ? (casus.kort?.minuten ?? casus.minuten) : casus.minuten
        return switch self {
        case .inhoudswaarschuwing, .afsluiting: nil
        case .verhaal: minuten.verhaal
        case .knelpunten: minuten.knelpunten
        case .factoren: minuten.factoren
        case .zichtbaarheid, .zichtbaarheidOnthulling: minuten.zichtbaarheid
        case .pijler, .pijlerOnthulling: minuten.pijler
        case .reflectie: minuten.reflectie
        }
    }

    /// A reveal continues its phase: the timer runs on instead of restarting.
    var continuesPreviousTimer: Bool {
        switch self {
        case .zichtbaarheidOnthulling, .pijlerOnthulling: true
        default: false
        }
    }
}
