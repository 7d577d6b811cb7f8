extension Strings {
    public static let nl = Strings(
        language: .nl,
        warningPrefix: "waarschuwing: ",
        describe: describeNL,
        validationSummary: { files, cases, errors, warnings in
            let result = errors == 0 ? "geldig" : "\(errors) \(errors == 1 ? "fout" : "fouten")"
            let warn = warnings == 0 ? "" : ", \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
            return "\(files) \(files == 1 ? "bestand" : "bestanden"), \(cases) \(cases == 1 ? "casus" : "casussen"): \(result)\(warn)"
        },
        caseNotFound: { "casus '\($0)' niet gevonden; zie `casusspel list`" },
        newCaseWritten: {
            "\($0) aangemaakt. Vervang elke «vul in: …», controleer met `casusspel validate \($0)` en speel met `casusspel play --case \($0)`."
        },
        pathNotFound: { "\($0): bestaat niet" },
        coverageHeading: { "Dekking over \($0) casussen" },
        coverageColumns: ["factor", "casussen", "onzichtbaar"],
        pillarColumns: ["pijler", "casussen"],
        thinFactor: { "factor '\($0)' komt in \($1) \($1 == 1 ? "casus" : "casussen") voor; verwacht minstens \($2)" },
        playThroughColumns: ["casus", "paden", "laagste", "hoogste", "beste pad", "minuten", "niet bereikt", "te vroeg"],
        sampledNote: "* steekproef (vaste seed): te veel combinaties om alle te spelen",
        playThroughProgress: { "Doorspelen: \($0)/\($1) casussen" },
        columnID: "id",
        columnTitle: "titel",
        columnSetting: "setting",
        columnFactors: "factoren",
        columnMinutes: "duur",
        minutesShort: { "\($0) min" },
        casesCount: { "\($0) \($0 == 1 ? "casus" : "casussen")" },
        appName: "casusspel",
        libraryHeading: "Casussen",
        libraryEmpty: "Geen casussen gevonden. Controleer de map met `casusspel validate`.",
        windowTooSmall: { w, h, minW, minH in
            "Het venster is \(w)×\(h); casusspel heeft minstens \(minW)×\(minH) nodig. Maak het venster groter of het lettertype kleiner."
        },
        notATerminal:
            "casusspel: het spel heeft een terminal nodig (invoer en uitvoer zijn geen tty). Gebruik `casusspel validate` of `casusspel list` in scripts.",
        termUnset: "casusspel: TERM is niet gezet; start het spel in een gewone terminal (bijvoorbeeld TERM=xterm-256color).",
        termUnusable: { "casusspel: terminaltype '\($0)' is onbekend of kan de cursor niet verplaatsen; probeer TERM=xterm-256color." },
        cannotStartTerminal: "casusspel: de terminal kon niet worden gestart.",
        play: .nl,
        session: .nl,
        authoring: .nl
    )
}

@Sendable func describeNL(_ problem: Problem) -> String {
    switch problem {
    case .syntax(let reason): return "ongeldige JSON: " + syntaxNL(reason)
    case .fileNotFound: return "bestand bestaat niet"
    case .unreadable(let why): return "kan het bestand niet lezen: \(why)"
    case .notARegularFile: return "is geen gewoon bestand (map, apparaat of pipe); overgeslagen"
    case .fileTooLarge(let bytes, let limit):
        return "bestand is \(byteCount(bytes)); een casusbestand mag hoogstens \(byteCount(limit)) zijn"
    case .taxonomyMissing(let directory, let file):
        return "\(file) ontbreekt in \(directory); de casussen verwijzen naar de factoren en pijlers daarin"
    case .missingField(let name): return "verplicht veld '\(name)' ontbreekt"
    case .unknownField(let name, let suggestion):
        return "onbekend veld '\(name)'" + (suggestion.map { "; bedoelde je '\($0)'?" } ?? "")
    case .wrongType(let expected, let found):
        return "verwacht \(expectedNL(expected)), gevonden \(typeNL(found))"
    case .emptyText: return "tekst is leeg; verwacht een niet-lege tekst"
    case .tooFewItems(let found, let minimum): return "\(found) \(found == 1 ? "item" : "items"); verwacht minstens \(minimum)"
    case .tooManyItems(let found, let maximum): return "\(found) items; verwacht hoogstens \(maximum)"
    case .notOneOf(let value, let allowed):
        return "'\(value)' is geen geldige waarde; verwacht een van: \(allowed.joined(separator: ", "))"
    case .notAWholeNumber(let text): return "'\(text)' is geen geheel getal"
    case .outOfRange(let text, let range):
        return "\(text) valt buiten het bereik; verwacht \(range.lowerBound) t/m \(range.upperBound)"
    case .controlCharacter(let scalar):
        return "bevat stuurteken \(unicodeName(scalar)); verwijder het (stuurtekens kunnen de terminal besturen)"
    case .invisibleCharacter(let scalar):
        return "bevat onzichtbaar opmaakteken \(unicodeName(scalar)); de tekst kan anders lijken dan hij is"
    case .cannotDrawWhole(let grapheme, let standIn):
        return "‘\(grapheme)’ kan het spel in de terminal niet heel tonen en toont ‘\(standIn)’; verslagen tonen het wel heel"
    case .unsupportedSchemaVersion(let found, let supported):
        return "schemaVersion \(found) wordt niet ondersteund; verwacht \(supported) (of 1, het oude formaat)"
    case .invalidID(let id):
        return "id '\(id)' is ongeldig; verwacht kleine letters, cijfers en streepjes (bijv. 'schulden-in-moerwijk'), hoogstens 64 tekens"
    case .fileNameMismatch(let id, let expected):
        return "id '\(id)' past niet bij de bestandsnaam; verwacht bestand '\(expected)' of pas het id aan"
    case .duplicateID(let id, let firstFile, let firstLine):
        return "id '\(id)' komt al voor in \(firstFile):\(firstLine); elk id moet uniek zijn"
    case .replacesCase(let id, let replacedFile):
        return "je eigen casus '\(id)' vervangt die in \(replacedFile); jouw versie wordt gespeeld"
    case .unknownFactor(let id, let suggestion):
        return "onbekende factor '\(id)'" + (suggestion.map { "; bedoelde je '\($0)'?" } ?? "; zie factoren.json")
    case .unknownPillar(let id, let suggestion):
        return "onbekende pijler '\(id)'" + (suggestion.map { "; bedoelde je '\($0)'?" } ?? "; zie pijlers.json")
    case .duplicateFactor(let id): return "factor '\(id)' staat hier twee keer"
    case .duplicatePillarID(let id): return "pijler '\(id)' staat hier twee keer"
    case .duplicatePillar(let id): return "pijler '\(id)' heeft al een dilemma; verwacht één dilemma per pijler"
    case .missingPillar(let id): return "dilemma voor pijler '\(id)' ontbreekt; verwacht één dilemma per pijler uit pijlers.json"
    case .missingRole(let rol): return "geen persoon met rol '\(rol.rawValue)'; verwacht minstens één"
    case .noBestOption(let highest, let best):
        return "geen beste optie: de hoogste score is \(highest); verwacht minstens één optie met score \(best)"
    case .duplicateOptionText: return "deze optie staat al eerder in het dilemma"
    case .placeholder: return "bevat nog sjabloontekst «vul in: …»; vervang die door de eigen tekst"
    case .equalScores(let score): return "alle opties hebben score \(score); verwacht verschillende scores, anders valt er niets te kiezen"
    case .unevenOptionLengths(let shortest, let longest):
        return "optieteksten verschillen sterk in lengte (\(shortest) tot \(longest) tekens); dan is de beste optie te raden aan de lengte"
    case .formatVersion1(let file):
        return
            "dit is casusformaat 1; `casusspel migreer \(file)` zet het om naar formaat 2 (kaarten, cues, gewicht, expertvisie, trainersnotities)"
    case .cueNotInText:
        return "deze cue staat niet letterlijk in het verhaal of op een persoonskaart; citeer de tekst die de groepen zien"
    case .cueTooShort(let words):
        return
            "cue van \(words) \(words == 1 ? "woord" : "woorden"); citeer een waarneming (wat iemand zegt of doet, wat de professional ziet), geen label"
    case .cueIsLabel(let factor):
        return "cue noemt alleen de factor '\(factor)'; citeer een waarneming uit de tekst (wat iemand zegt of doet), geen label"
    case .tooManyDeterminingFactors(let kant, let found, let maximum):
        return
            "\(found) bepalende factoren aan de kant van de \(kant == .client ? "inwoner" : "professional"); verwacht hoogstens \(maximum) (bepalendMax): maak de rest 'speelt-mee'"
    case .tooFewDefensibleOptions(let found, let minimum, let score):
        return
            "\(found) \(found == 1 ? "optie" : "opties") met score \(score) of hoger; verwacht minstens \(minimum): een dilemma heeft opties die een professional kan verdedigen"
    case .pillarNotInCase(let id): return "pijler '\(id)' heeft geen dilemma in deze casus"
    case .duplicateEntry(let value): return "'\(value)' staat hier twee keer"
    case .shortFormatDuration(let total, let range):
        return
            "het korte formaat duurt \(total) minuten (verhaal + knelpunten + factoren + zichtbaarheid + pijler × pijlers + reflectie); verwacht \(range.lowerBound) t/m \(range.upperBound)"
    }
}

private func syntaxNL(_ reason: JSONParseError.Reason) -> String {
    switch reason {
    case .empty: "het bestand is leeg; verwacht een JSON-object"
    case .unexpectedEnd: "het bestand houdt halverwege op (afgebroken?)"
    case .unexpectedCharacter(let c): "onverwacht teken '\(c)'"
    case .trailingComma: "komma na het laatste element; haal die weg"
    case .missingComma: "komma ontbreekt tussen twee elementen"
    case .expectedColon: "dubbele punt ontbreekt na de veldnaam"
    case .expectedKey: "verwacht een veldnaam tussen dubbele aanhalingstekens"
    case .invalidEscape(let e): "ongeldige escape '\(e)'"
    case .loneSurrogate: "losse surrogaat in \\u-escape (ongeldig Unicode)"
    case .invalidUTF8: "ongeldige UTF-8-bytes; sla het bestand op als UTF-8"
    case .controlCharacterInString(let v): "stuurteken \(unicodeName(v)) in een tekst; gebruik een escape of haal het weg"
    case .invalidNumber(let t): "ongeldig getal '\(t)'"
    case .tooDeep(let limit): "te diep genest (meer dan \(limit) niveaus)"
    case .duplicateKey(let k): "veld '\(k)' staat twee keer in hetzelfde object"
    case .trailingContent: "tekst na het einde van het JSON-object"
    }
}

private func expectedNL(_ expected: Problem.Expected) -> String {
    switch expected {
    case .object: "een object { … }"
    case .array: "een lijst [ … ]"
    case .string: "een tekst"
    case .wholeNumber: "een geheel getal"
    case .bool: "true of false"
    }
}

private func typeNL(_ type: JSONType) -> String {
    switch type {
    case .null: "null"
    case .bool: "true/false"
    case .number: "een getal"
    case .string: "een tekst"
    case .array: "een lijst"
    case .object: "een object"
    }
}

func unicodeName(_ scalar: UInt32) -> String {
    "U+" + String(scalar, radix: 16, uppercase: true).leftPadded(to: 4)
}

func byteCount(_ bytes: Int) -> String {
    if bytes >= 1 << 20 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
    return "\(bytes) B"
}
