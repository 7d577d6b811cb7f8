/// The start screen's state: which case of the library is highlighted.
public struct CaseBrowser: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        case up, down, first, last
        /// A digit key: the n-th case (1-based), ignored when out of range.
        case pick(Int)
    }

    public let count: Int
    public private(set) var selected: Int

    public init(count: Int, selected: Int = 0) {
        self.count = count
        self.selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    }

    public mutating func apply(_ action: Action) {
        guard count > 0 else { return }
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(count - 1, selected + 1)
        case .first: selected = 0
        case .last: selected = count - 1
        case .pick(let n) where (1...count).contains(n): selected = n - 1
        case .pick: break
        }
    }
}
