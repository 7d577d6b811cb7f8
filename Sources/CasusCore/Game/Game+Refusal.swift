/// Why an action does nothing, so the screen can say so instead of staying silent.
/// The checks mirror the guards in `Game+Decide`; a test keeps the two in step.
public enum Refusal: Sendable, Equatable {
    /// The group locked its answer on this step; the trainer can reopen it.
    case locked(group: String)
    /// Reopening a group that has not locked anything here.
    case notLocked(group: String)
    /// Reopening outside a step where groups answer.
    case reopenNotHere
    /// The side already has the most factors a group may mark.
    case sideFull(cap: Int)
    /// Enter on the visibility step while marks still wait for a call.
    case stillToCall(Int)
    case backAtFirstStep
    /// Some groups locked and others not: going back would hide half-made choices.
    case backHalfLocked
    case backAtEnd
    case allKnelpuntenShown
    case noTimer
    /// Points for an own approach come after the expert view.
    case expertFirst
    /// The action belongs to another step.
    case notHere
}

extension Game {
    /// The reason `action` would change nothing now; nil when it would be applied.
    public func refusal(of action: GameAction) -> Refusal? {
        let name = { (group: Int) in groups.indices.contains(group) ? groups[group].name : "" }
        switch action {
        case .back:
            guard !canGoBack else { return nil }
            if stepIndex == 0 { return .backAtFirstStep }
            return step == .afsluiting ? .backAtEnd : .backHalfLocked
        case .revealNextKnelpunt:
            guard step == .knelpunten else { return .notHere }
            return revealedKnelpunten < casus.knelpunten.count ? nil : .allKnelpuntenShown
        case .toggleFactor(let group, let mark):
            guard step == .factoren else { return .notHere }
            if groups.indices.contains(group), groups[group].factorsLocked { return .locked(group: name(group)) }
            if groups.indices.contains(group), !groups[group].marks.contains(mark), markCount(group, side: mark.kant) >= markCap {
                return .sideFull(cap: markCap)
            }
            return nil
        case .lockFactors(let group):
            guard step == .factoren, groups.indices.contains(group) else { return .notHere }
            return hasLocked(group) ? .locked(group: name(group)) : nil
        case .setVisibility(let group, let mark, _):
            guard step == .zichtbaarheid, groups.indices.contains(group) else { return .notHere }
            if hasLocked(group) { return .locked(group: name(group)) }
            return groups[group].marks.contains(mark) ? nil : .notHere
        case .choose(let group, let choice):
            guard case .pijler(let index) = step, groups.indices.contains(group) else { return .notHere }
            if hasLocked(group) { return .locked(group: name(group)) }
            switch choice {
            case .option(let option): return casus.dilemmas[index].opties.indices.contains(option) ? nil : .notHere
            case .own(let text): return text.trimmed.isEmpty ? .notHere : nil
            case .pass: return nil
            }
        case .lockVisibility(let group):
            guard step == .zichtbaarheid, groups.indices.contains(group) else { return .notHere }
            if hasLocked(group) { return .locked(group: name(group)) }
            let open = groups[group].uncalledMarks.count
            return open > 0 ? .stillToCall(open) : nil
        case .reopen(let group):
            guard isChoosing, !allLocked else { return .reopenNotHere }
            return groups.indices.contains(group) && hasLocked(group) ? nil : .notLocked(group: name(group))
        case .scoreOwnApproach:
            guard case .pijlerOnthulling(let index) = step else { return .notHere }
            return expertShown.contains(index) ? nil : .expertFirst
        case .toggleTimer, .addMinutes:
            return step.minutes(in: casus, short: config.short) == nil ? .noTimer : nil
        case .advance:
            return step == .afsluiting ? .notHere : nil
        case .skipCase:
            return step == .inhoudswaarschuwing ? nil : .notHere
        case .note, .tick:
            return nil
        }
    }
}
