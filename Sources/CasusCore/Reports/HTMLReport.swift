/// The report as one self-contained HTML page: no scripts, fonts or images to
/// fetch, readable on screen and on paper. Every text is escaped: case files,
/// group names and notes are untrusted.
public enum HTMLReport {
    public static func render(_ report: SessionReport, strings: Strings) -> String {
        let s = strings.session
        let title = s.reportTitle + ": " + (report.training ?? report.sessionID)
        var out = """
            <!DOCTYPE html>
            <html lang="\(strings.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>\(escape(title))</h1>
            <dl>

            """
        if let training = report.training { out += item(s.trainingLabel, escape(training)) }
        out += item(s.dateLabel, escape(ReportFormat.date(report.startedAt)))
        out += item(s.groupsLabel, escape(report.groups.joined(separator: ", ")))
        var status = report.finished ? s.statusFinished : s.statusOpen
        if report.resumptions > 0 { status += " · " + s.resumedCount(report.resumptions) }
        out += item(s.statusLabel, escape(status) + " · <code>\(escape(report.sessionID))</code>")
        out += "</dl>\n"
        if report.truncatedBytes > 0 { out += "<p class=\"note\">\(escape(s.reportTruncated(report.truncatedBytes)))</p>\n" }
        if !report.leervragen.isEmpty {
            out += "<h2>\(escape(s.leervragenHeading))</h2>\n<ol>\n"
            for vraag in report.leervragen { out += "<li>\(escape(vraag))</li>\n" }
            out += "</ol>\n"
        }
        for (index, play) in report.cases.enumerated() { out += section(play, number: index + 1, strings) }
        return out + "</body>\n</html>\n"
    }

    static func section(_ play: CaseReport, number: Int, _ strings: Strings) -> String {
        let s = strings.session
        var out = "<section>\n<h2>\(number). \(escape(play.title))</h2>\n"
        for note in MarkdownReport.notes(play, s) { out += "<p class=\"note\">\(escape(note))</p>\n" }
        if play.skipped { return out + "</section>\n" }
        if !play.knelpunten.isEmpty {
            out += "<h3>\(escape(s.knelpuntenHeading))</h3>\n<ul>\n"
            for knelpunt in play.knelpunten { out += "<li>\(escape(knelpunt))</li>\n" }
            out += "</ul>\n"
        }
        if !play.factors.isEmpty {
            out += "<h3>\(escape(s.factorsHeading))</h3>\n<table>\n" + row(s.factorColumns, header: true)
            for factor in play.factors {
                out += row([
                    strings.play.sideName(factor.kant), factor.name, strings.play.visibilityName(factor.zichtbaarheid), "\(factor.points)",
                    ReportFormat.names(factor.foundBy, s), ReportFormat.names(factor.calledRightBy, s),
                ])
            }
            out += "</table>\n"
            let extras = play.extraMarks.filter { !$0.marks.isEmpty }
            if !extras.isEmpty {
                out += "<p><strong>\(escape(s.extraMarksHeading))</strong></p>\n<ul>\n"
                for extra in extras { out += "<li>\(escape(extra.group)): \(escape(extra.marks.joined(separator: ", ")))</li>\n" }
                out += "</ul>\n"
            }
        }
        for pillar in play.pillars {
            out += "<h3>\(escape(strings.play.stepNames(.pijler(0), pillar.name)))</h3>\n"
            if !pillar.vraag.isEmpty { out += "<p><strong>\(escape(s.questionLabel)):</strong> \(escape(pillar.vraag))</p>\n" }
            if !pillar.options.isEmpty {
                out += "<ol class=\"options\">\n"
                for option in pillar.options {
                    out += "<li\(option.best ? " class=\"best\"" : "")>\(escape(option.tekst)) <b>\(option.score)</b>"
                    out += option.best ? " <em>(\(escape(s.best)))</em>" : ""
                    out += "<br><small>\(escape(s.feedbackLabel)): \(escape(option.feedback))</small></li>\n"
                }
                out += "</ol>\n"
            }
            out += "<p><strong>\(escape(s.choicesHeading))</strong></p>\n<ul>\n"
            for choice in pillar.choices {
                out += "<li>\(escape(choice.group)): \(escape(ReportFormat.choiceText(choice, s)))"
                out += choice.tekst.map { " — \(escape($0))" } ?? ""
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h3>\(escape(s.notesHeading))</h3>\n"
        if play.notes.isEmpty { out += "<p>\(escape(s.noNotes))</p>\n" }
        for note in play.notes {
            out +=
                "<blockquote><strong>\(escape(note.group))</strong> (\(escape(note.phase))):<br>\(escape(note.text).replacingNewlines(with: "<br>"))</blockquote>\n"
        }
        if let max = play.maxScore, !play.scores.isEmpty {
            out += "<h3>\(escape(s.scoresHeading))</h3>\n<table>\n" + row(s.scoreColumns, header: true)
            for (group, score) in play.scores {
                out += row([group, "\(score.factoren)", "\(score.zichtbaarheid)", "\(ReportFormat.pillarPoints(score))", "\(score.total)"])
            }
            out += row([s.maximum, "\(max.factoren)", "\(max.zichtbaarheid)", "\(ReportFormat.pillarPoints(max))", "\(max.total)"])
            out += "</table>\n"
        }
        return out + "</section>\n"
    }

    private static func item(_ label: String, _ html: String) -> String {
        "<dt>\(escape(label))</dt><dd>\(html)</dd>\n"
    }

    private static func row(_ cells: [String], header: Bool = false) -> String {
        let tag = header ? "th" : "td"
        return "<tr>" + cells.map { "<\(tag)>\(escape($0))</\(tag)>" }.joined() + "</tr>\n"
    }

    /// Text content and attribute values alike; control characters are already gone.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in ReportFormat.clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static let style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#111}\
        h1{font-size:1.6em}h2{border-bottom:2px solid #2a6;margin-top:2em}h3{margin-top:1.5em}\
        dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}\
        table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}\
        .best{font-weight:bold}.note{background:#fff4d6;border-left:4px solid #c80;padding:.4em .8em}\
        blockquote{border-left:3px solid #ccc;margin:.5em 0;padding-left:.8em}small{color:#444}\
        @media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid-page}h2{break-after:avoid}}
        """
}
