/// `sessies` as text: one line per session, fitted to the terminal's width. Where
/// the full text does not fit, a cell falls back to a shorter form ("8 groepen",
/// "Titel +2", "gestopt") before it is cut with "…".
public enum SessionList {
    public static func render(_ sessions: [SessionState], strings: Strings, zone: LocalZone, width: Int) -> String {
        let c = strings.command
        let zones = Set(sessions.compactMap { zone.local($0.startedAt)?.zone })
        // The zone goes in the header (`DATUM (CET/CEST)` over winter and summer sessions), which
        // leaves room for the rest; only with more than two zones does each row carry its own.
        let shared = zones.count <= 2 && !zones.isEmpty ? zones.sorted { $0.count < $1.count || $0.count == $1.count && $0 < $1 } : nil
        let rows = sessions.map { state -> [[String]] in
            var date = ReportFormat.date(state.startedAt, zone: zone)
            if let shared, let name = zone.local(state.startedAt)?.zone, shared.contains(name), date.hasSuffix(" " + name) {
                date.removeLast(name.count + 1)
            }
            let titles = state.plays.map(\.title)
            let groups = state.config.groups
            return [
                [state.id], [date], [state.training ?? ""],
                [titles.joined(separator: ", ")] + (titles.count > 1 ? [titles[0] + c.moreCount(titles.count - 1)] : []),
                [groups.joined(separator: ", "), c.groupCount(groups.count)],
                [strings.statusShort(state.status)] + (state.status.isStopped ? [c.statusStoppedShort(nil)] : []),
            ]
        }
        var header = strings.session.sessionColumns
        header[1] = c.dateColumn(shared?.joined(separator: "/"))
        return fit(header: header, rows: rows, width: width)
    }

    /// Columns 0 and 1 (id and date) are never cut; the others share what is left,
    /// the status first, then training and cases; the group names give way to their count first.
    static func fit(header: [String], rows: [[[String]]], width: Int) -> String {
        let gap = 2
        let measure = { (text: String) in DisplayWidth.of(SafeText.sanitize(text)) }
        let natural = header.indices.map { col in ([measure(header[col])] + rows.map { measure($0[col][0]) }).max() ?? 0 }
        // The narrowest a column may go: its header, and its last fallback unless that may be cut.
        let least = header.indices.map { col -> Int in
            // The status is never cut below its shortest form ("afgerond", "gestopt", "open").
            let fallback = rows.map { row in row[col].count > 1 || col == 5 ? measure(row[col].last!) : min(measure(row[col][0]), 6) }
            return col < 2 ? natural[col] : max(measure(header[col]), fallback.max() ?? 0)
        }
        var widths = least
        var room = width - gap * (header.count - 1) - widths.reduce(0, +)
        for col in [5, 2, 3, 4] where room > 0 {
            let extra = min(room, natural[col] - widths[col])
            widths[col] += extra
            room -= extra
        }
        var out = line(header.enumerated().map { TextWrap.truncate($0.element, width: widths[$0.offset]) }, widths, gap) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: gap)) + "\n"
        for row in rows {
            let cells = row.enumerated().map { col, candidates in
                let w = widths[col]
                return candidates.first { measure($0) <= w }.map { SafeText.sanitize($0) } ?? TextWrap.truncate(candidates[0], width: w)
            }
            out += line(cells, widths, gap) + "\n"
        }
        return out
    }

    private static func line(_ cells: [String], _ widths: [Int], _ gap: Int) -> String {
        var text = ""
        for (col, cell) in cells.enumerated() {
            if col == cells.count - 1 { text += cell; break }
            text += cell + String(repeating: " ", count: max(0, widths[col] - DisplayWidth.of(cell)) + gap)
        }
        return text
    }
}
