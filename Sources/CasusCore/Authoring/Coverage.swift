/// How often the library uses each factor and pillar, so a course designer
/// sees at a glance what the set of cases leaves out.
public struct Coverage: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public let id: String
        public let naam: String
        /// Cases in which it plays a role at all.
        public let cases: Int
        /// Cases in which it is invisible for at least one person.
        public let invisible: Int
    }

    public let factoren: [Count]
    public let pijlers: [Count]
    public let caseCount: Int

    public init(library: CaseLibrary) {
        let cases = library.cases.map(\.casus)
        caseCount = cases.count
        factoren = (library.taxonomy?.factoren ?? []).map { factor in
            let using = cases.filter { $0.factorIDs.contains(factor.id) }
            let hidden = cases.filter { casus in
                casus.personen.contains { $0.factoren.contains { $0.factor == factor.id && $0.zichtbaarheid == .onzichtbaar } }
            }
            return Count(id: factor.id, naam: factor.naam, cases: using.count, invisible: hidden.count)
        }
        pijlers = (library.taxonomy?.pijlers ?? []).map { pijler in
            Count(id: pijler.id, naam: pijler.naam, cases: cases.count { $0.dilemmas.contains { $0.pijler == pijler.id } }, invisible: 0)
        }
    }

    /// Factors used in fewer than `minimum` cases.
    public func thinFactors(minimum: Int = 2) -> [Count] { factoren.filter { $0.cases < minimum } }
}
