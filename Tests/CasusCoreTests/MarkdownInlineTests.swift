import Testing

@testable import CasusCore

/// The Markdown escaping per context, written out: what a value becomes where it stands.
@Suite("Markdown-escaping per plek")
struct MarkdownInlineTests {
    typealias Inline = ReportDocument.Inline

    @Test(
        "codespan: een fence langer dan elke reeks backticks erin, met spatie waar CommonMark die weghaalt",
        arguments: [(String, String)]([
            ("abc", "`abc`"), ("a`b", "``a`b``"), ("`a", "`` `a ``"), ("a``", "``` a`` ```"), ("a```b`", "```` a```b` ````"),
            (" a ", "`  a  `"), ("   ", "`   `"), ("", ""), ("<img src=x>", "`<img src=x>`"), ("a\nb", "`a b`"),
            ("a\u{1B}]0;x\u{07}", "`a^[]0;x\u{FFFD}`"),
        ]))
    func codeSpans(value: String, expected: String) {
        #expect(MarkdownInline.code(value) == expected)
    }

    @Test("codespan in een tabelcel: ook | ge-escaped")
    func codeInTable() {
        #expect(MarkdownInline.code("a|b", inTable: true) == "`a\\|b`")
    }

    @Test(
        "tekst: wat overal opmaak opent, overal ge-escaped",
        arguments: [(String, String)]([
            ("*a* _b_ [c](d) ![e](f)", ##"\*a\* \_b\_ \[c\](d) \!\[e\](f)"##),
            ("<img src=x onerror=y> & co", "&lt;img src=x onerror=y&gt; & co"),
            (##"h|i ~j~ \k #l `m`"##, ##"h\|i \~j\~ \\k \#l \`m\`"##),
            ("&amp; &#60; &x", ##"\&amp; \&\#60; \&x"##),
            // A combining mark makes `[` part of another Character; CommonMark still sees the bracket.
            ("[\u{301}x](javascript:y)", "\\[\u{301}x\\](javascript:y)"),
            ("(a) 2026-11-20 a-b a+b a=b 1. x", "(a) 2026-11-20 a-b a+b a=b 1. x"),
        ]))
    func inlineText(text: String, expected: String) {
        #expect(MarkdownInline.line([.text(text)]) == expected)
    }

    @Test(
        "begin van een regel: geen lijst, kop, citaat, codeblok of setext-streep",
        arguments: [(String, String)]([
            ("- a", ##"\- a"##), ("+ a", ##"\+ a"##), ("* a", ##"\* a"##), ("12. a", ##"12\. a"##), ("3) a", ##"3\) a"##),
            ("2026-11-20", "2026-11-20"),
            ("# kop", ##"\# kop"##), ("> citaat", "&gt; citaat"), ("    ingesprongen", "ingesprongen"),
            ("```\ncode", "\\`\\`\\`\n  code"), ("a\n===", "a\n  \\==="), ("a\n---", "a\n  \\---"), ("a\n~~~", "a\n  \\~\\~\\~"),
            ("a  \nb", "a\n  b"), ("a\n\n    b", "a\n\n  b"), ("a\n<div>", "a\n  &lt;div&gt;"),
            ("a\n[x]: http://h", "a\n  \\[x\\]: http://h"),
        ]))
    func lineStarts(text: String, expected: String) {
        #expect(MarkdownInline.block([.text(text)], continuation: "  ") == expected)
    }

    @Test("kop en tabelcel: één regel; in een cel ook | ge-escaped")
    func singleLine() {
        #expect(MarkdownInline.line([.text("1. a\n# b")]) == ##"1. a \# b"##)
        #expect(MarkdownInline.cell("a|b\n- c") == ##"a\|b - c"##)
    }

    @Test("nadruk: spaties aan de randen buiten de tekens, anders opent of sluit hij niet")
    func emphasis() {
        #expect(MarkdownInline.block([.strong([.text(" x ")]), .text("y")], continuation: "") == " **x** y")
        #expect(MarkdownInline.block([.emphasis([.text("a*b")])], continuation: "") == ##"*a\*b*"##)
        // Nothing written yet: the line still starts with the text.
        #expect(MarkdownInline.block([.strong([.text("")]), .text("- a")], continuation: "") == ##"\- a"##)
    }
}
