import ArgumentParser
import CasusCore

/// ArgumentParser writes its usage errors and help in English; its API gives the
/// message and the help as text, so they are mapped here: the messages it builds
/// from a few fixed sentences, the help's headings and its own fixed lines. What has
/// no mapping stays as ArgumentParser wrote it (the README lists what).
enum UsageErrors {
    /// The language asked for on the command line, read before parsing can fail.
    static func language(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" || (argument == "--lang" && arguments.dropFirst(index + 1).first == "en") { return .en }
        }
        return .nl
    }

    /// The subcommand named on the command line, for the usage hint.
    static func subcommand(_ arguments: [String]) -> String? {
        let names = Casusspel.configuration.subcommands.compactMap { $0.configuration.commandName }
        return arguments.dropFirst().first { names.contains($0) }
    }

    /// A parse error as one line in the user's language, and where to read more.
    static func message(for error: Error, arguments: [String], strings: Strings) -> String {
        let c = strings.command
        let english = Casusspel.message(for: error)
        let hint = c.usageHint(subcommand(arguments) ?? "").replacing("casusspel  ", with: "casusspel ")
        return c.errorPrefix + translate(english, c) + "\n" + hint
    }

    /// One of ArgumentParser's sentences in the user's language; unknown ones unchanged.
    static func translate(_ english: String, _ c: CommandStrings) -> String {
        let first = english.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? english
        func quoted(after prefix: String) -> String? {
            guard first.hasPrefix(prefix) else { return nil }
            let rest = first.dropFirst(prefix.count)
            guard let end = rest.firstIndex(of: "'") else { return nil }
            return String(rest[..<end])
        }
        if let name = quoted(after: "Missing expected argument '") { return c.missingArgument(name) }
        if let name = quoted(after: "Unknown option '") { return c.unknownOption(name) }
        if let name = quoted(after: "Unexpected argument '") { return c.unexpectedArgument(name) }
        if let name = quoted(after: "Missing value for '") { return c.missingValue(name) }
        if let range = first.firstRange(of: " unexpected arguments: "), first[..<range.lowerBound].allSatisfy(\.isNumber) {
            return c.unexpectedArguments(String(first[range.upperBound...]))
        }
        if let value = quoted(after: "The value '") {
            let tail = first.dropFirst("The value '".count + value.count + 1)
            if tail.hasPrefix(" is invalid for '"), let end = tail.dropFirst(" is invalid for '".count).firstIndex(of: "'") {
                return c.invalidValue(value, String(tail.dropFirst(" is invalid for '".count)[..<end]))
            }
        }
        return english
    }

    /// Help text with ArgumentParser's own headings and lines in the user's language.
    static func help(_ text: String, strings: Strings) -> String {
        strings.command.helpReplacements.reduce(text) { $0.replacing($1.0, with: $1.1) }
    }
}
