/// The order in which a dilemma's options appear. The case file's order would
/// let a room learn where the best option sits, so each session shuffles it,
/// seeded (the seed is logged, so a resume and a report show the same order).
public enum OptionOrder {
    public static func identity(_ casus: Casus) -> [[Int]] {
        casus.dilemmas.map { Array($0.opties.indices) }
    }

    /// Per dilemma a permutation of its options, the same for the same seed and case.
    public static func shuffled(_ casus: Casus, seed: Int) -> [[Int]] {
        // The case id goes into the seed, so two cases of one session are not shuffled alike.
        var random = SplitMix64(seed: UInt64(truncatingIfNeeded: seed) ^ FNV1a.hash(casus.id.utf8))
        return casus.dilemmas.map { Array($0.opties.indices).shuffled(using: &random) }
    }

    /// `order` when it is a permutation of every dilemma's options, else nil (an older log, a changed case).
    static func valid(_ order: [[Int]]?, for casus: Casus) -> [[Int]]? {
        guard let order, order.count == casus.dilemmas.count else { return nil }
        for (index, dilemma) in casus.dilemmas.enumerated() where order[index].sorted() != Array(dilemma.opties.indices) {
            return nil
        }
        return order
    }
}
