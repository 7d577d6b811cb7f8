import Foundation
import TestSupport

/// What a real renderer makes of a report: Markdown through Python's
/// `markdown-it-py` (a CommonMark implementation, raw HTML allowed as in
/// CommonMark itself, GFM tables and strikethrough on), then any HTML through
/// Python's `html.parser`, which lists every element and attribute and the text
/// a reader would see.
struct RenderedHTML: Decodable {
    let html: String
    /// Element name → how often it opens.
    let tags: [String: Int]
    /// `[element, attribute, value]` for every attribute anywhere.
    let attributes: [[String?]]
    /// Comments, processing instructions and declarations other than `<!DOCTYPE html>`.
    let other: [String]
    /// The text content with entities decoded and white space runs collapsed to one space.
    let text: String

    func count(_ tag: String) -> Int { tags[tag] ?? 0 }

    static let script = """
        import json, re, sys
        from html.parser import HTMLParser

        class Collect(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.tags, self.attributes, self.other, self.text = {}, [], [], []
            def handle_starttag(self, tag, attrs):
                self.tags[tag] = self.tags.get(tag, 0) + 1
                self.attributes += [[tag, name, value] for name, value in attrs]
            def handle_startendtag(self, tag, attrs):
                self.handle_starttag(tag, attrs)
            def handle_data(self, data):
                self.text.append(data)
            def handle_comment(self, data):
                self.other.append("<!--" + data)
            def handle_decl(self, decl):
                if decl.lower() != "doctype html":
                    self.other.append("<!" + decl)
            def handle_pi(self, data):
                self.other.append("<?" + data)
            def unknown_decl(self, data):
                self.other.append("<![" + data)

        mode, path = sys.argv[1], sys.argv[2]
        source = open(path, encoding="utf-8").read()
        if mode == "md":
            from markdown_it import MarkdownIt
            md = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable(["table", "strikethrough"])
            html = md.render(source)
        else:
            html = source
        collect = Collect()
        collect.feed(html)
        collect.close()
        text = re.sub(r"\\s+", " ", "".join(collect.text)).strip()
        print(json.dumps({"html": html, "tags": collect.tags, "attributes": collect.attributes, "other": collect.other, "text": text}))
        """

    static func markdown(_ text: String) throws -> RenderedHTML { try run("md", text) }

    static func html(_ text: String) throws -> RenderedHTML { try run("html", text) }

    private static func run(_ mode: String, _ text: String) throws -> RenderedHTML {
        let dir = TempDirectory("render")
        let file = dir.write("input." + mode, text)
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, mode, file])
        guard result.status == 0, !result.timedOut else { throw Unavailable(message: result.stderr) }
        return try JSONDecoder().decode(RenderedHTML.self, from: Data(result.stdout.utf8))
    }

    struct Unavailable: Error, CustomStringConvertible {
        let message: String
        var description: String {
            "python3 met markdown-it-py is nodig voor de Markdown-test (pip install markdown-it-py): \(message)"
        }
    }
}
