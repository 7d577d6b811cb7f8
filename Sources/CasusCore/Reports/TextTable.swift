/// Columns aligned by display width (so ‘ë’ and ‘€’ do not shift a column).
public enum TextTable {
    public static func render(header: [String], rows: [[String]]) -> String {
        // Measured as printed: sanitised as FileOutput will, emoji sequences whole for the terminal.
        let all = ([header] + rows).map { $0.map { SafeText.sanitize($0) } }
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        var out = ""
        for (index, row) in all.enumerated() {
            var line = ""
            for (column, cell) in row.enumerated() {
                let isLast = column == row.count - 1
                line += isLast ? cell : cell + String(repeating: " ", count: widths[column] - DisplayWidth.of(cell) + 2)
            }
            out += line + "\n"
            if index == 0 {
                out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }
}
