import Foundation
import TestSupport
import Testing

/// The bash completion the package installs, driven the way bash drives it: COMP_WORDS,
/// COMP_CWORD, COMP_LINE and COMP_POINT set, the function `complete -p` names called.
@Suite("Shell-completion")
struct CompletionTests {
    /// What bash would offer after the words typed so far (the last word is the one being completed).
    static func complete(_ copy: InstalledCopy, _ words: [String]) throws -> [String] {
        let script = copy.root.write("casusspel.bash", try copy.run(["--generate-completion-script", "bash"]).stdout)
        let quoted = ([copy.binary] + words).map { "'\($0)'" }.joined(separator: " ")
        let driver = """
            source '\(script)'
            function=$(complete -p casusspel | sed -n 's/.*-F \\([^ ]*\\) casusspel$/\\1/p')
            COMP_WORDS=(\(quoted))
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            "$function" casusspel "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try ProcessRunner.run(
            "/bin/bash", ["-c", driver], environment: copy.environment, removing: ["CASUSSPEL_CASES"],
            workingDirectory: copy.workingDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdoutLines
    }

    @Test("bash vult subcommando's aan, zoals het programma ze zelf beschrijft")
    func subcommands() throws {
        let copy = try InstalledCopy()
        let help = try copy.run(["--experimental-dump-help"])
        #expect(help.status == 0, "\(help.stderr)")
        let info = try #require(try JSONSerialization.jsonObject(with: Data(help.stdout.utf8)) as? [String: Any])
        let command = try #require(info["command"] as? [String: Any])
        let names = try #require((command["subcommands"] as? [[String: Any]])?.compactMap { $0["commandName"] as? String })
        #expect(names.count >= 8)
        let offered = Set(try Self.complete(copy, [""]))
        #expect(Set(names).isSubset(of: offered), "\(offered)")
        #expect(try Self.complete(copy, ["sta"]) == ["statistiek"])
        #expect(try Self.complete(copy, ["play", "--the"]) == ["--theme"])
    }

    @Test("bash vult casus-ids aan, ook eigen casussen, en sessie-ids")
    func caseAndSessionIDs() throws {
        let copy = try InstalledCopy()
        try copy.writeOwnCase(id: "buurtvader-in-laak", title: "Buurtvader in Laak")
        let all = FixedLibrary.caseIDs + ["buurtvader-in-laak"]
        #expect(Set(try Self.complete(copy, ["play", "--case", ""])) == Set(all))
        #expect(try Self.complete(copy, ["play", "--case", "bu"]) == ["buurtvader-in-laak"])
        #expect(try Self.complete(copy, ["statistiek", "--case", "schul"]) == ["schulden-en-schaamte-in-moerwijk"])
        let other = TempDirectory.proefLibrary()
        #expect(try Self.complete(copy, ["play", "--cases", other.path, "--case", ""]) == ["proef-casus"])

        let logs = TempDirectory("logs")
        logs.write("2026-11-20T09-00-00-abcd.jsonl", "")
        #expect(try Self.complete(copy, ["rapport", "--log-dir", logs.path, ""]) == ["2026-11-20T09-00-00-abcd"])
    }

    @Test("zsh- en fish-scripts vragen het programma zelf om casus-ids")
    func otherShells() throws {
        let copy = try InstalledCopy()
        for shell in ["zsh", "fish"] {
            let script = try copy.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("---completion play -- --case"), "\(shell)")
        }
    }
}
