import TestSupport
import Testing

@testable import CasusCore

/// The Markdown report rendered by a real CommonMark parser: hostile values stay
/// text, and the report keeps the structure the writer gave it.
@Suite("Markdownverslag: geen injectie, zelfde opbouw")
struct MarkdownSafetyTests {
    /// What the Markdown writer produces, as a CommonMark renderer writes it; nothing else may appear.
    static let allowedTags: Set<String> = [
        "h1", "h2", "h3", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "code", "em", "strong", "blockquote",
    ]

    static let sessionID = "20261120-`a``b`-<img src=x onerror=alert(1)>"
    static let group = "Team *ster* _x_ | [x](javascript:y)"
    static let notes = [
        "![t](http://host/t.png)",
        "```\nalles hierna zou code zijn",
        "# kop",
        "regel\n# kop\n<img src=x onerror=alert(1)>\n    ingesprongen\n1. lijst\n- lijst\n===\n~~~\n[ref]: http://host/r\n[ref] <http://host/a>",
    ]

    /// An escape sequence that sets the window title, and a C1 control (CSI): shown visibly, never raw.
    static let controlNote = "titel\u{1B}]0;PWNED\u{07} en \u{9B}31m"

    /// The fixed session log with hostile values in every place a log can put them.
    func hostileReport() throws -> SessionReport {
        let reflectionNote = #""tekst":"=SOM(A1) hoort geen formule te worden; tijd = geld, zei de teamleider""#
        var lines: [String] = []
        for line in SessionLogTests.fixture.split(separator: "\n").map(String.init) {
            guard line.contains(reflectionNote) else {
                lines.append(line)
                continue
            }
            lines += (Self.notes + [Self.controlNote]).map { line.replacing(reflectionNote, with: ##""tekst":""## + json($0) + "\"") }
        }
        let log = lines.joined(separator: "\n").appending("\n")
            .replacing(#","training":"Wijkteam Laak — dag 2""#, with: "")  // so the session id is also the title
            .replacing(#""20261120-091000-a1b2""#, with: "\"" + json(Self.sessionID) + "\"")
            .replacing(#""Team Laak""#, with: "\"" + json(Self.group) + "\"")
        let contents = try SessionLogReader.parse(Array(log.utf8), file: "vijandig.jsonl").get()
        let casus = try ReportTests().hostileCasus()
        let cases = CaseLookup(taxonomy: SessionFoldTests.taxonomy) { id, _ in
            id == casus.id ? LoadedCase(file: "proef-casus.json", casus: casus, contentHash: "8b3f8558ef9613b1") : nil
        }
        let state = SessionFold.fold(contents, cases: cases)
        return SessionReport.build(state, taxonomy: SessionFoldTests.taxonomy, strings: .nl)
    }

    @Test("vijandige sessie-id, groepsnaam, notities en casustitel: alleen elementen die de schrijver maakt, alles als tekst")
    func hostileValuesStayText() throws {
        let report = try hostileReport()
        #expect(report.sessionID == Self.sessionID)
        #expect(report.groups.contains(Self.group))
        #expect(report.cases.first?.notes.count == Self.notes.count + 2)

        let markdown = MarkdownReport.render(report, strings: .nl)
        #expect(!markdown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(markdown.contains("titel^\\[\\]0;PWNED\u{FFFD} en \u{FFFD}31m"))
        let rendered = try RenderedHTML.markdown(markdown)
        #expect(Set(rendered.tags.keys).subtracting(Self.allowedTags).isEmpty, "\(rendered.tags)\n\(rendered.html)")
        #expect(rendered.attributes.isEmpty, "\(rendered.attributes)")
        #expect(rendered.other.isEmpty, "\(rendered.other)")
        // Exactly one code span: the session id, whole, with no fence or padding left in it.
        #expect(rendered.count("code") == 1)
        #expect(rendered.html.contains("<code>" + escapeHTML(Self.sessionID) + "</code>"))

        // Every value reads as what was typed.
        let expected =
            [Self.sessionID, Self.group, #"<script>alert("x")</script> & co"#, "Eerst vragen: <script>alert(1)</script> & \"zo\""]
            + Self.notes
        for value in expected {
            let words = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(rendered.text.contains(words), "\(value)\n\(rendered.html)")
        }

        // The hostile values neither add nor swallow structure: the same as the HTML report of the same session.
        let html = try RenderedHTML.html(HTMLReport.render(report, strings: .nl))
        for tag in ["h1", "h2", "h3", "table", "code"] { #expect(rendered.count(tag) == html.count(tag), "\(tag)") }
    }

    @Test("het vaste verslag: zelfde koppen en tabellen in Markdown en HTML, niet alles in één alinea")
    func fixtureStructure() throws {
        let report = try ReportTests().report()
        let markdown = try RenderedHTML.markdown(MarkdownReport.render(report, strings: .nl))
        let html = try RenderedHTML.html(HTMLReport.render(report, strings: .nl))
        #expect(Set(markdown.tags.keys).subtracting(Self.allowedTags).isEmpty, "\(markdown.tags)")
        #expect(markdown.attributes.isEmpty)
        // Leervragen and one case; knelpunten, factoren, four pillars, notities, punten.
        #expect(markdown.count("h1") == 1)
        #expect(markdown.count("h2") == 2)
        #expect(markdown.count("h3") == 8)
        #expect(markdown.count("table") == 2)
        #expect(markdown.count("td") == 3 * 6 + 3 * 5)
        // The four particulars and the notes are list items in Markdown, a dl and blockquotes in HTML.
        #expect(markdown.count("li") == html.count("li") + 4 + report.cases[0].notes.count)
        #expect(html.count("blockquote") == report.cases[0].notes.count)
        for tag in ["h1", "h2", "h3", "table", "th", "td", "code", "ol"] { #expect(markdown.count(tag) == html.count(tag), "\(tag)") }
    }

    private func json(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func escapeHTML(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
