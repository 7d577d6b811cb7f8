/// A line diff for failure messages: changed lines with two lines of context,
/// "-" for the snapshot and "+" for what the view draws now.
enum LineDiff {
    enum Line: Equatable {
        case same(String), removed(String), added(String)
    }

    /// Longest common subsequence of lines; screens are at most a few hundred lines.
    static func lines(_ old: [String], _ new: [String]) -> [Line] {
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count && j < new.count && old[i] == new[j] {
                result.append(.same(old[i]))
                i += 1
                j += 1
            } else if i < old.count && (j == new.count || common[i + 1][j] >= common[i][j + 1]) {
                result.append(.removed(old[i]))
                i += 1
            } else {
                result.append(.added(new[j]))
                j += 1
            }
        }
        return result
    }

    static func unified(_ old: String, _ new: String, context: Int = 2) -> String {
        let diff = lines(old.components(separatedBy: "\n"), new.components(separatedBy: "\n"))
        let changed = diff.indices.filter { if case .same = diff[$0] { false } else { true } }
        var shown = Set<Int>()
        for index in changed { shown.formUnion(max(0, index - context)...min(diff.count - 1, index + context)) }
        var out: [String] = []
        var previous: Int?
        for index in shown.sorted() {
            if let previous, index > previous + 1 { out.append("…") }
            switch diff[index] {
            case .same(let text): out.append("  " + text)
            case .removed(let text): out.append("- " + text)
            case .added(let text): out.append("+ " + text)
            }
            previous = index
        }
        return out.joined(separator: "\n")
    }
}
