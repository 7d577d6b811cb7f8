/// One line of the benchmark's summary: a figure, what it is compared with, and whether it meets its target.
struct Measurement {
    let name: String
    let value: String
    let reference: String
    let target: String
    let met: Bool
}

enum Summary {
    static func table(_ rows: [Measurement]) -> String {
        let header = ["meting", "waarde", "referentie", "doel", ""]
        let cells = rows.map { [$0.name, $0.value, $0.reference, $0.target, $0.met ? "ok" : "GEMIST"] }
        let widths = header.indices.map { column in ([header] + cells).map { $0[column].unicodeScalars.count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in cell + String(repeating: " ", count: widths[index] - cell.unicodeScalars.count) }
                .joined(separator: "  ")
        }
        return ([line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")] + cells.map(line))
            .joined(separator: "\n") + "\n"
    }
}

func milliseconds(_ seconds: Double) -> String { format(seconds * 1000, decimals: 1) + " ms" }

func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "?" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = Int((value * scale).rounded())
    let whole = rounded / Int(scale)
    let fraction = String(abs(rounded) % Int(scale))
    return decimals == 0 ? "\(whole)" : "\(whole).\(String(repeating: "0", count: decimals - fraction.count) + fraction)"
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
