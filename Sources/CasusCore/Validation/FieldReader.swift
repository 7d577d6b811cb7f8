/// Reads typed fields out of a `JSONValue` while collecting every problem with its
/// location, instead of stopping at the first one as `Codable` would. A designer
/// fixing a file wants the whole list in one run.
struct FieldReader {
    let file: String
    private var found: [Diagnostic] = []

    /// In source order, so a designer can work down the file; ties keep discovery order.
    var diagnostics: [Diagnostic] {
        found.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }

    init(file: String) {
        self.file = file
    }

    mutating func report(_ problem: Problem, at location: SourceLocation, _ path: FieldPath, severity: Diagnostic.Severity = .error) {
        found.append(Diagnostic(file: file, location: location, path: path.description, problem: problem, severity: severity))
    }

    /// An object's members by key, after reporting every key not in `allowed`. A key in
    /// `renamed` is suggested under its new name (format 2 renamed a few fields).
    mutating func object(_ value: JSONValue, _ path: FieldPath, allowed: [String], renamed: [String: String] = [:]) -> Fields? {
        guard case .object(let members) = value.kind else {
            report(.wrongType(expected: .object, found: value.type), at: value.location, path)
            return nil
        }
        // The common case, every key allowed, keeps the parser's array as it is.
        // `$schema` (the editor's pointer to the schema) belongs to the document, not to its parts.
        let allowsSchema = path.isRoot
        if members.allSatisfy({ allowed.contains($0.key) || (allowsSchema && $0.key == "$schema") }) {
            return Fields(members: members, location: value.location, path: path)
        }
        var known: [JSONMember] = []
        known.reserveCapacity(members.count)
        var suggested: Set<String> = []
        for member in members {
            if allowed.contains(member.key) || (allowsSchema && member.key == "$schema") {
                known.append(member)
            } else {
                let suggestion = renamed[member.key] ?? Suggestion.closest(to: member.key, in: allowed)
                report(.unknownField(member.key, suggestion: suggestion), at: member.keyLocation, path.key(member.key))
                if let suggestion { suggested.insert(suggestion) }
            }
        }
        return Fields(members: known, location: value.location, path: path, suggested: suggested)
    }

    /// The member for `key`, or a missing-field report pointing at the object's opening brace.
    mutating func member(_ fields: Fields, _ key: String, required: Bool = true) -> JSONValue? {
        if let value = fields.member(key)?.value { return value }
        // A misspelt key already reported as "did you mean 'key'?" needs no second message.
        if required && !fields.suggested.contains(key) {
            report(.missingField(key), at: fields.location, fields.path.key(key))
        }
        return nil
    }

    mutating func text(_ fields: Fields, _ key: String, required: Bool = true) -> String? {
        guard let value = member(fields, key, required: required) else { return nil }
        return text(value, fields.path.key(key))
    }

    mutating func text(_ value: JSONValue, _ path: FieldPath) -> String? {
        guard case .string(let string) = value.kind else {
            report(.wrongType(expected: .string, found: value.type), at: value.location, path)
            return nil
        }
        var ok = true
        if CaseTemplate.containsPlaceholder(string) {
            report(.placeholder, at: value.location, path)
            ok = false
        }
        for (problem, severity) in TextCheck.problems(in: string) {
            report(problem, at: value.location, path, severity: severity)
            if severity == .error { ok = false }
        }
        return ok ? string : nil
    }

    mutating func wholeNumber(_ fields: Fields, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = member(fields, key) else { return nil }
        return wholeNumber(value, fields.path.key(key), in: range)
    }

    mutating func wholeNumber(_ value: JSONValue, _ path: FieldPath, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let literal) = value.kind else {
            report(.wrongType(expected: .wholeNumber, found: value.type), at: value.location, path)
            return nil
        }
        let number: Int
        switch WholeNumber(literal) {
        case .value(let whole): number = whole
        case .huge:
            report(.outOfRange(Self.shortened(literal), range: range), at: value.location, path)
            return nil
        case .fractional:
            report(.notAWholeNumber(Self.shortened(literal)), at: value.location, path)
            return nil
        }
        guard range.contains(number) else {
            report(.outOfRange(literal, range: range), at: value.location, path)
            return nil
        }
        return number
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, as: E.Type) -> E?
    where E.RawValue == String {
        guard let value = member(fields, key) else { return nil }
        let path = fields.path.key(key)
        guard case .string(let string) = value.kind else {
            report(.wrongType(expected: .string, found: value.type), at: value.location, path)
            return nil
        }
        guard let result = E(rawValue: string) else {
            report(.notOneOf(string, allowed: E.allCases.map(\.rawValue)), at: value.location, path)
            return nil
        }
        return result
    }

    /// The elements of an array field with their paths, after checking its length.
    mutating func array(_ fields: Fields, _ key: String, min: Int, max: Int? = nil, required: Bool = true)
        -> [(JSONValue, FieldPath)]?
    {
        guard let value = member(fields, key, required: required) else { return nil }
        let path = fields.path.key(key)
        guard case .array(let elements) = value.kind else {
            report(.wrongType(expected: .array, found: value.type), at: value.location, path)
            return nil
        }
        if elements.count < min {
            report(.tooFewItems(found: elements.count, minimum: min), at: value.location, path)
        }
        if let max, elements.count > max {
            report(.tooManyItems(found: elements.count, maximum: max), at: elements[max].location, path)
        }
        return elements.enumerated().map { ($0.element, path.index($0.offset)) }
    }

    mutating func texts(_ fields: Fields, _ key: String, min: Int, required: Bool = true) -> [String]? {
        guard let elements = array(fields, key, min: min, required: required) else { return nil }
        let values = elements.map { text($0.0, $0.1) }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }

    /// A 400-digit number is quoted by its start, so the message stays one readable line.
    static func shortened(_ literal: String) -> String {
        literal.count > 24 ? String(literal.prefix(20)) + "…" : literal
    }

    var hasErrors: Bool { found.contains { $0.severity == .error } }
}

struct Fields {
    /// Keys are unique (the parser refuses duplicates) and few: a linear search is cheapest.
    let members: [JSONMember]
    let location: SourceLocation
    let path: FieldPath
    /// Allowed keys offered as a suggestion for an unknown key.
    var suggested: Set<String> = []

    func member(_ key: String) -> JSONMember? { members.first { $0.key == key } }

    func location(of key: String) -> SourceLocation? { member(key)?.value.location }
}
