import Foundation

/// The seed of a randomised test: fresh each run, so runs explore, and printed,
/// so any run can be replayed with `CASUSSPEL_TEST_SEED=<seed> swift test --filter <test>`.
/// Put it in every expectation's comment, so a failure names it too.
public struct TestSeed: Sendable, CustomStringConvertible {
    public static let variable = "CASUSSPEL_TEST_SEED"
    public let value: UInt64

    public init(_ test: String = #function) {
        let text = ProcessInfo.processInfo.environment[Self.variable]
        let given = text.flatMap { UInt64($0) }
        precondition(text == nil || given != nil, "\(Self.variable) is geen getal: \(text ?? "")")
        value = given ?? UInt64.random(in: 0...UInt64.max)
        print("\(test): \(self)\(given == nil ? "" : " (uit \(Self.variable))")")
    }

    public var description: String { "\(Self.variable)=\(value)" }
}
