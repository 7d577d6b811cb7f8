import Foundation
import TestSupport
import Testing

/// Every command that prints (not the curses game) on a case folder and a log
/// folder full of escape sequences: whatever it prints, no control character
/// reaches the terminal raw — not from case text, enum values, unknown or duplicate
/// keys, number tokens, file and folder names, session ids, group names, notes,
/// case ids in logs, command-line arguments or ArgumentParser's own messages.
@Suite("Vijandige bestanden en logs: geen stuurteken op de terminal")
struct HostileOutputTests {
    /// OSC 0 (window title) and OSC 52 (clipboard), as JSON escapes and as raw bytes.
    static let title = "\u{1B}]0;PWNED\u{07}"
    static let clipboard = "\u{1B}]52;c;aGFjaw==\u{07}"

    /// A case folder and a log folder whose very names carry an escape sequence.
    struct Fixture {
        let root = TempDirectory("vijandig")
        let cases: String
        let logs: String
        let out: String

        init() throws {
            let fm = FileManager.default
            cases = root.path + "/casussen" + HostileOutputTests.title
            logs = root.path + "/logs" + HostileOutputTests.clipboard
            out = root.path + "/uit\u{9B}31m"
            for dir in [cases, logs, out] { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            for name in ["factoren.json", "pijlers.json"] {
                try fm.copyItem(atPath: PackagePaths.cases + "/" + name, toPath: cases + "/" + name)
            }
            let proef = readText(PackagePaths.coreFixtures + "/proef-casus.json")
            // Loads (bidi characters are a warning), so list, play and the reports show it.
            try write(
                cases + "/proef-casus.json",
                proef.replacingOccurrences(of: #""titel": "Proefcasus""#, with: #""titel": "Proef\u202ecasus""#))
            try write(
                cases + "/vijandig.json",
                proef.replacingOccurrences(of: #""id": "proef-casus""#, with: #""id": "vijandig""#)
                    .replacingOccurrences(of: #""rol": "client""#, with: #""rol": "client\u001b]0;PWNED\u0007""#)
                    .replacingOccurrences(of: #""kant": "inwoner""#, with: #""kant": "\u009b31m\u0000\u007f""#)
                    .replacingOccurrences(of: #""schemaVersion": 1,"#, with: #""schemaVersion": 1, "ti\u001b]52;c;aGFjaw==\u0007tel": 1,"#)
                    .replacingOccurrences(of: #""score": 0,"#, with: #""score": 0.5,"#)
                    .replacingOccurrences(of: #""score": 1,"#, with: #""score": 1e999,"#))
            try write(cases + "/dubbel.json", #"{"a\u001b[2Jb": 1, "a\u001b[2Jb": 2}"#)
            try write(cases + "/getal.json", "{\"schemaVersion\": 12\u{1B}]0;PWNED\u{07}}")
            try write(cases + "/teken.json", "{\"schemaVersion\": \u{1B}]0;PWNED\u{07}}")
            try write(cases + "/naam" + HostileOutputTests.title + ".json", "[]")
            try write(cases + "/c1\u{9B}31m.json", #"{"id": "x\u009b31m"}"#)

            let log = readText(PackagePaths.coreFixtures + "/sessie-proef.jsonl")
                .replacingOccurrences(of: "Team Laak", with: #"Team \u001b]0;PWNED\u0007Laak"#)
                .replacingOccurrences(of: "Team <Escamp> & co", with: #"Team \u009b31m\u0000\u007f\u202eEscamp"#)
                .replacingOccurrences(of: "Wijkteam Laak — dag 2", with: #"dag \u001b]52;c;aGFjaw==\u0007"#)
                .replacingOccurrences(of: "=SOM(A1)", with: #"\u001b[2J\u001b]0;PWNED\u0007"#)
                .replacingOccurrences(of: "Hoe vraag ik door", with: #"\u0085\u001bP+q\u001b\\"#)
            try write(logs + "/20261120-091000-a1b2.jsonl", log)
            let otherID = log.replacingOccurrences(of: #""sessie":"20261120-091000-a1b2""#, with: #""sessie":"20261121\u001b[2J""#)
            try write(logs + "/20261121-" + HostileOutputTests.title + ".jsonl", otherID)
            try write(
                logs + "/20261122-000000-0001.jsonl",
                log.replacingOccurrences(of: "proef-casus", with: #"proef\u001b]0;PWNED\u0007"#))
            try write(logs + "/20261123-000000-0002.jsonl", log + "{\"v\":2,\u{1B}]0;PWNED\u{07}}\n" + log)
        }

        private func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    struct Command: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: @Sendable (Fixture) -> [String]
        /// CSV ends its lines with \r\n (RFC 4180): the only carriage return allowed.
        var csv = false
        // The test's name, never its arguments: the runner prints names to the terminal.
        var testDescription: String { name }
    }

    static let sessionOptions: @Sendable (Fixture) -> [String] = { ["--log-dir", $0.logs, "--cases", $0.cases] }

    static let commands: [Command] = [
        Command(name: "validate") { ["validate", $0.cases] },
        Command(name: "validate --dekking --doorspelen") { ["validate", "--dekking", "--doorspelen", $0.cases] },
        Command(name: "validate van één bestand") { ["validate", $0.cases + "/vijandig.json"] },
        Command(name: "list") { ["list", $0.cases] },
        Command(name: "list --json") { ["list", "--json", $0.cases] },
        Command(name: "nieuw met vijandig id") { ["nieuw", "x" + title, "--map", $0.cases] },
        Command(name: "nieuw in een vijandige map") { ["nieuw", "nieuwe-casus", "--map", $0.cases] },
        Command(name: "sessies") { ["sessies"] + sessionOptions($0) },
        Command(name: "rapport md") { ["rapport", "20261120"] + sessionOptions($0) },
        Command(name: "rapport html") { ["rapport", "20261120", "--format", "html"] + sessionOptions($0) },
        Command(name: "rapport csv", arguments: { ["rapport", "20261120", "--format", "csv"] + sessionOptions($0) }, csv: true),
        Command(name: "rapport json") { ["rapport", "20261120", "--format", "json"] + sessionOptions($0) },
        Command(name: "rapport van een vijandig sessie-id") { ["rapport", "20261121"] + sessionOptions($0) },
        Command(name: "rapport -o in een vijandige map") { ["rapport", "20261120", "-o", $0.out + "/v\u{1B}[2J.md"] + sessionOptions($0) },
        Command(name: "rapport van een onbekende sessie") { ["rapport", title] + sessionOptions($0) },
        Command(name: "rapport van een beschadigd log") { ["rapport", "20261123"] + sessionOptions($0) },
        Command(name: "statistiek") { ["statistiek"] + sessionOptions($0) },
        Command(name: "statistiek csv", arguments: { ["statistiek", "--format", "csv"] + sessionOptions($0) }, csv: true),
        Command(name: "statistiek json") { ["statistiek", "--format", "json"] + sessionOptions($0) },
        Command(name: "statistiek --case vijandig") { ["statistiek", "--case", title] + sessionOptions($0) },
        Command(name: "play --case vijandig bestand") { ["play", "--case", $0.cases + "/vijandig.json", "--log-dir", $0.logs] },
        Command(name: "play --case vijandig id") { ["play", "--case", title, "--cases", $0.cases, "--log-dir", $0.logs] },
        Command(name: "play --groups vijandig, zonder terminal") {
            ["play", "--case", "proef-casus", "--groups", "A" + title, "--cases", $0.cases, "--log-dir", $0.logs]
        },
        Command(name: "play --resume vijandig") { ["play", "--resume", title, "--log-dir", $0.logs, "--cases", $0.cases] },
        Command(name: "terugkijken zonder terminal") { ["terugkijken", "20261121"] + sessionOptions($0) },
        Command(name: "terugkijken onbekend") { ["terugkijken", title] + sessionOptions($0) },
        Command(name: "ArgumentParser: ongeldige waarde") { _ in ["rapport", "--format", title] },
        Command(name: "ArgumentParser: onbekende optie") { _ in ["validate", "--" + title] },
        Command(name: "ArgumentParser: C1 in een keuze") { _ in ["statistiek", "--format", "\u{9B}31m"] },
        Command(name: "ArgumentParser: taal") { _ in ["list", "--lang", clipboard] },
    ]

    @Test("geen C0 behalve newline en tab, geen DEL, geen C1 in stdout en stderr", arguments: commands)
    func noControlCharacters(_ command: Command) throws {
        let fixture = try Fixture()
        let result = try ProcessRunner.run(
            Binary.path, command.arguments(fixture), environment: ["XDG_DATA_HOME": fixture.root.path], removing: ["TERM"],
            timeout: 60)
        #expect(!result.timedOut)
        #expect(!(result.stdout + result.stderr).isEmpty)
        for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            if let problem = Self.firstControl(in: text, csv: command.csv && stream == "stdout") {
                Issue.record("\(stream): \(problem)")
            }
        }
    }

    /// The first control character that would reach a terminal, named with its surroundings escaped.
    static func firstControl(in text: String, csv: Bool) -> String? {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let v = scalar.value
            let allowed = v == 0x0A || v == 0x09 || (csv && v == 0x0D && index + 1 < scalars.count && scalars[index + 1] == "\n")
            guard (v < 0x20 && !allowed) || (0x7F...0x9F).contains(v) else { continue }
            let around = String(String.UnicodeScalarView(scalars[max(0, index - 30)..<min(scalars.count, index + 10)]))
            return "U+\(String(v, radix: 16, uppercase: true)) in \(around.debugDescription)"
        }
        return nil
    }

    @Test("de stuurtekens zijn zichtbaar gemaakt, niet stil weggelaten")
    func visible() throws {
        let fixture = try Fixture()
        let result = try ProcessRunner.run(Binary.path, ["validate", fixture.cases])
        // Booleans, not the output: a failing expectation prints its operands to this terminal.
        let folderShown = result.stdout.contains("casussen^[]0;PWNED\u{FFFD}")
        let valueShown = result.stdout.contains("'client^[]0;PWNED\u{FFFD}' is geen geldige waarde")
        #expect(folderShown)
        #expect(valueShown)
        let json = try ProcessRunner.run(Binary.path, ["rapport", "20261120", "--format", "json"] + Self.sessionOptions(fixture))
        // JSON escapes control characters itself: the document stays lossless and valid.
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let lossless = (object?["groepen"] as? [String])?.first == "Team \u{1B}]0;PWNED\u{07}Laak"
        #expect(lossless)
    }
}
