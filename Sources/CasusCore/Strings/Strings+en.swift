extension Strings {
    public static let en = Strings(
        language: .en,
        warningPrefix: "warning: ",
        describe: describeEN,
        validationSummary: { files, cases, errors, warnings in
            let result = errors == 0 ? "valid" : "\(errors) \(errors == 1 ? "error" : "errors")"
            let warn = warnings == 0 ? "" : ", \(warnings) \(warnings == 1 ? "warning" : "warnings")"
            return "\(files) \(files == 1 ? "file" : "files"), \(cases) \(cases == 1 ? "case" : "cases"): \(result)\(warn)"
        },
        caseNotFound: { "case '\($0)' not found; see `casusspel list`" },
        newCaseWritten: {
            "\($0) created. Replace every «vul in: …», check with `casusspel validate \($0)` and play with `casusspel play --case \($0)`."
        },
        pathNotFound: { "\($0): does not exist" },
        coverageHeading: { "Coverage across \($0) cases" },
        coverageColumns: ["factor", "cases", "invisible"],
        pillarColumns: ["pillar", "cases"],
        thinFactor: { "factor '\($0)' occurs in \($1) \($1 == 1 ? "case" : "cases"); expected at least \($2)" },
        playThroughColumns: ["case", "paths", "lowest", "highest", "best path", "minutes", "not reached", "ended early"],
        sampledNote: "* sample (fixed seed): too many combinations to play them all",
        playThroughProgress: { "Playing through: \($0)/\($1) cases" },
        columnID: "id",
        columnTitle: "title",
        columnSetting: "setting",
        columnFactors: "factors",
        columnMinutes: "duration",
        minutesShort: { "\($0) min" },
        casesCount: { "\($0) \($0 == 1 ? "case" : "cases")" },
        appName: "casusspel",
        libraryHeading: "Cases",
        libraryEmpty: "No cases found. Check the folder with `casusspel validate`.",
        windowTooSmall: { w, h, minW, minH in
            "The window is \(w)×\(h); casusspel needs at least \(minW)×\(minH). Enlarge the window or reduce the font size."
        },
        notATerminal:
            "casusspel: the game needs a terminal (input and output are not a tty). Use `casusspel validate` or `casusspel list` in scripts.",
        termUnset: "casusspel: TERM is not set; start the game in an ordinary terminal (for example TERM=xterm-256color).",
        termUnusable: { "casusspel: terminal type '\($0)' is unknown or cannot move the cursor; try TERM=xterm-256color." },
        cannotStartTerminal: "casusspel: the terminal could not be started.",
        play: .en,
        session: .en,
        authoring: .en
    )
}

@Sendable func describeEN(_ problem: Problem) -> String {
    switch problem {
    case .syntax(let reason): return "invalid JSON: " + syntaxEN(reason)
    case .fileNotFound: return "file does not exist"
    case .unreadable(let why): return "cannot read the file: \(why)"
    case .notARegularFile: return "is not a regular file (directory, device or pipe); skipped"
    case .fileTooLarge(let bytes, let limit):
        return "file is \(byteCount(bytes)); a case file may be at most \(byteCount(limit))"
    case .taxonomyMissing(let directory, let file):
        return "\(file) is missing in \(directory); the cases refer to the factors and pillars it holds"
    case .missingField(let name): return "required field '\(name)' is missing"
    case .unknownField(let name, let suggestion):
        return "unknown field '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .wrongType(let expected, let found):
        return "expected \(expectedEN(expected)), found \(typeEN(found))"
    case .emptyText: return "text is empty; expected a non-empty text"
    case .tooFewItems(let found, let minimum): return "\(found) \(found == 1 ? "item" : "items"); expected at least \(minimum)"
    case .tooManyItems(let found, let maximum): return "\(found) items; expected at most \(maximum)"
    case .notOneOf(let value, let allowed):
        return "'\(value)' is not a valid value; expected one of: \(allowed.joined(separator: ", "))"
    case .notAWholeNumber(let text): return "'\(text)' is not a whole number"
    case .outOfRange(let text, let range):
        return "\(text) is out of range; expected \(range.lowerBound) to \(range.upperBound)"
    case .controlCharacter(let scalar):
        return "contains control character \(unicodeName(scalar)); remove it (control characters can steer the terminal)"
    case .invisibleCharacter(let scalar):
        return "contains invisible formatting character \(unicodeName(scalar)); the text may look different from what it is"
    case .cannotDrawWhole(let grapheme, let standIn):
        return "the terminal game cannot show ‘\(grapheme)’ whole and shows ‘\(standIn)’; reports show it whole"
    case .unsupportedSchemaVersion(let found, let supported):
        return "schemaVersion \(found) is not supported; expected \(supported) (or 1, the old format)"
    case .invalidID(let id):
        return "id '\(id)' is invalid; expected lower-case letters, digits and hyphens (e.g. 'schulden-in-moerwijk'), at most 64 characters"
    case .fileNameMismatch(let id, let expected):
        return "id '\(id)' does not match the file name; expected file '\(expected)' or change the id"
    case .duplicateID(let id, let firstFile, let firstLine):
        return "id '\(id)' already occurs in \(firstFile):\(firstLine); every id must be unique"
    case .replacesCase(let id, let replacedFile):
        return "your own case '\(id)' replaces the one in \(replacedFile); your version is played"
    case .unknownFactor(let id, let suggestion):
        return "unknown factor '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; see factoren.json")
    case .unknownPillar(let id, let suggestion):
        return "unknown pillar '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; see pijlers.json")
    case .duplicateFactor(let id): return "factor '\(id)' is listed twice here"
    case .duplicatePillarID(let id): return "pillar '\(id)' is listed twice here"
    case .duplicatePillar(let id): return "pillar '\(id)' already has a dilemma; expected one dilemma per pillar"
    case .missingPillar(let id): return "dilemma for pillar '\(id)' is missing; expected one dilemma per pillar in pijlers.json"
    case .missingRole(let rol): return "no person with role '\(rol.rawValue)'; expected at least one"
    case .noBestOption(let highest, let best):
        return "no best option: the highest score is \(highest); expected at least one option scoring \(best)"
    case .duplicateOptionText: return "this option already occurs earlier in the dilemma"
    case .placeholder: return "still contains template text «vul in: …»; replace it with your own text"
    case .equalScores(let score): return "all options score \(score); expected different scores, or there is nothing to choose"
    case .unevenOptionLengths(let shortest, let longest):
        return
            "option texts differ greatly in length (\(shortest) to \(longest) characters); the best option can then be guessed from its length"
    case .formatVersion1(let file):
        return
            "this is case format 1; `casusspel migreer \(file)` converts it to format 2 (cards, cues, weights, expert views, trainer notes)"
    case .cueNotInText:
        return "this cue does not occur literally in the story or on a person card; quote the text the groups see"
    case .cueTooShort(let words):
        return
            "cue of \(words) \(words == 1 ? "word" : "words"); quote an observation (what someone says or does, what the professional sees), not a label"
    case .cueIsLabel(let factor):
        return "cue only names the factor '\(factor)'; quote an observation from the text (what someone says or does), not a label"
    case .tooManyDeterminingFactors(let kant, let found, let maximum):
        return
            "\(found) determining factors on the \(kant == .client ? "resident's" : "professional's") side; expected at most \(maximum) (bepalendMax): make the rest 'speelt-mee'"
    case .tooFewDefensibleOptions(let found, let minimum, let score):
        return
            "\(found) \(found == 1 ? "option" : "options") scoring \(score) or more; expected at least \(minimum): a dilemma has options a professional can defend"
    case .pillarNotInCase(let id): return "pillar '\(id)' has no dilemma in this case"
    case .duplicateEntry(let value): return "'\(value)' is listed twice here"
    case .shortFormatDuration(let total, let range):
        return
            "the short format takes \(total) minutes (verhaal + knelpunten + factoren + zichtbaarheid + pijler × pillars + reflectie); expected \(range.lowerBound) to \(range.upperBound)"
    }
}

private func syntaxEN(_ reason: JSONParseError.Reason) -> String {
    switch reason {
    case .empty: "the file is empty; expected a JSON object"
    case .unexpectedEnd: "the file ends halfway (truncated?)"
    case .unexpectedCharacter(let c): "unexpected character '\(c)'"
    case .trailingComma: "comma after the last element; remove it"
    case .missingComma: "missing comma between two elements"
    case .expectedColon: "missing colon after the field name"
    case .expectedKey: "expected a field name in double quotes"
    case .invalidEscape(let e): "invalid escape '\(e)'"
    case .loneSurrogate: "lone surrogate in \\u escape (invalid Unicode)"
    case .invalidUTF8: "invalid UTF-8 bytes; save the file as UTF-8"
    case .controlCharacterInString(let v): "control character \(unicodeName(v)) in a text; escape or remove it"
    case .invalidNumber(let t): "invalid number '\(t)'"
    case .tooDeep(let limit): "nested too deeply (more than \(limit) levels)"
    case .duplicateKey(let k): "field '\(k)' occurs twice in the same object"
    case .trailingContent: "text after the end of the JSON object"
    }
}

private func expectedEN(_ expected: Problem.Expected) -> String {
    switch expected {
    case .object: "an object { … }"
    case .array: "a list [ … ]"
    case .string: "a text"
    case .wholeNumber: "a whole number"
    case .bool: "true or false"
    }
}

private func typeEN(_ type: JSONType) -> String {
    switch type {
    case .null: "null"
    case .bool: "true/false"
    case .number: "a number"
    case .string: "a text"
    case .array: "a list"
    case .object: "an object"
    }
}
