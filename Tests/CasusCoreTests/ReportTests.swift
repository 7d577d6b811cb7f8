import TestSupport
import Testing

@testable import CasusCore

/// Reports of a fixed session log, compared with files a person has read and approved.
@Suite("Sessieverslag")
struct ReportTests {
    static let expected = PackagePaths.coreFixtures + "/rapport"

    func report(hash: String = "8b3f8558ef9613b1", casus: Casus = SessionFoldTests.casus, language: Language = .nl) throws -> SessionReport
    {
        let contents = try SessionLogReader.parse(Array(SessionLogTests.fixture.utf8), file: "sessie-proef.jsonl").get()
        let cases = CaseLookup(taxonomy: SessionFoldTests.taxonomy) { id, _ in
            id == casus.id ? LoadedCase(file: "proef-casus.json", casus: casus, contentHash: hash) : nil
        }
        let state = SessionFold.fold(contents, cases: cases)
        return SessionReport.build(state, taxonomy: SessionFoldTests.taxonomy, strings: .for(language))
    }

    @Test("Markdown, CSV en JSON van het vaste log zijn gelijk aan de goedgekeurde bestanden", arguments: [ReportKind.md, .csv, .json])
    func approved(kind: ReportKind) throws {
        let text = kind.render(try report(), strings: .nl)
        let path = Self.expected + "/sessie-proef." + kind.rawValue
        #expect(text == golden(path, text))
    }

    @Test("Engels met --lang en: koppen en kolommen vertaald, inhoud ongewijzigd")
    func english() throws {
        let text = MarkdownReport.render(try report(language: .en), strings: .en)
        #expect(text.contains("# Session report: Wijkteam Laak — dag 2"))
        #expect(text.contains("| Side | Factor | Here | Points | Found by | Visibility right |"))
        #expect(text.contains("- Team Laak: option 1 (3) — Bellen"))
    }

    @Test("HTML: casustekst met <script> en & wordt ge-escaped, geen externe bronnen")
    func htmlEscaping() throws {
        let hostile = try hostileCasus()
        let html = HTMLReport.render(try report(casus: hostile), strings: .nl)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("Team &lt;Escamp&gt; &amp; co"))
        #expect(html.contains("Eerst vragen: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;"))
        // Self-contained: nothing to fetch.
        for external in ["src=", "href=", "@import", "url("] { #expect(!html.contains(external)) }
        #expect(html.contains("@media print"))
        // Only the tags the writer itself emits.
        let tags = Set(html.split(separator: "<").dropFirst().map { $0.prefix { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "!" } })
        #expect(
            tags.isSubset(of: [
                "!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style", "body", "/body", "h1", "/h1",
                "h2", "/h2", "h3", "/h3", "dl", "/dl", "dt", "/dt", "dd", "/dd", "code", "/code", "p", "/p", "ol", "/ol", "ul", "/ul", "li",
                "/li", "table", "/table", "tr", "/tr", "th", "/th", "td", "/td", "section", "/section", "strong", "/strong", "b", "/b",
                "em", "/em", "br", "small", "/small", "blockquote", "/blockquote", "p",
            ]))
    }

    @Test("CSV: velden met komma, aanhalingsteken of regeleinde gequoot; formules onschadelijk")
    func csvQuoting() throws {
        let csv = CSVReport.render(try report(), strings: .nl)
        #expect(csv.contains(#""Bellen werkt niet als ze slecht hoort.\#nEerst vragen: <script>alert(1)</script> & ""zo""""#))
        #expect(csv.contains(",'=SOM(A1) hoort geen formule te worden; tijd = geld, zei de teamleider,") == false)
        #expect(csv.contains(#""'=SOM(A1) hoort geen formule te worden; tijd = geld, zei de teamleider""#))
        let rows = csv.split(separator: "\r\n")
        #expect(rows[0] == "sessie,datum,training,casus,casustitel,fase,groep,soort,keuze,tekst,punten,beste,beste_punten")
    }

    @Test("gewijzigde casus: het verslag zegt het en toont de keuzes zoals gespeeld")
    func changed() throws {
        let md = MarkdownReport.render(try report(hash: "ffffffffffffffff"), strings: .nl)
        #expect(md.contains("het casusbestand is gewijzigd sinds deze sessie"))
    }

    func hostileCasus() throws -> Casus {
        let text = readText(PackagePaths.coreFixtures + "/proef-casus.json").replacing(
            #""titel": "Proefcasus""#, with: #""titel": "<script>alert(\"x\")</script> & co""#)
        let root = try JSONParser.parse(text)
        let decoded = CaseDecoder.decode(root, file: "h.json", fileName: nil, taxonomy: SessionFoldTests.taxonomy)
        return try #require(decoded.casus)
    }
}
