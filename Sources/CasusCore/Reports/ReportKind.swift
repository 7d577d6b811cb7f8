/// The report formats; writing them to disk is `CasusIO.ReportFiles`.
public enum ReportKind: String, Sendable, CaseIterable {
    case md, html, csv, json

    public func render(_ report: SessionReport, strings: Strings) -> String {
        switch self {
        case .md: MarkdownReport.render(report, strings: strings)
        case .html: HTMLReport.render(report, strings: strings)
        case .csv: CSVReport.render(report, strings: strings)
        case .json: JSONReport.render(report, strings: strings)
        }
    }
}
