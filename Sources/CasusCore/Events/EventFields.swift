/// Reading an event's `data` for `SessionEvent.decode`; the event type strings stay in SessionEvent.swift.
/// A line that is JSON with the envelope, but not an event this build knows:
/// an unknown `type` (`field` nil), or a field the event needs missing or of the wrong type.
public struct EventDecodingError: Error, Sendable, Equatable {
    public let type: String
    public let field: String?
}

/// Typed reads of an event's `data`, each failing with the field's name.
struct EventFields {
    let type: String
    let data: [String: JSONValue]

    func string(_ key: String) throws(EventDecodingError) -> String {
        guard let value = data[key]?.stringValue else { throw EventDecodingError(type: type, field: key) }
        return value
    }

    func int(_ key: String) throws(EventDecodingError) -> Int {
        guard let value = data[key]?.intValue else { throw EventDecodingError(type: type, field: key) }
        return value
    }

    func array(_ key: String) throws(EventDecodingError) -> [JSONValue] {
        guard let value = data[key]?.elements else { throw EventDecodingError(type: type, field: key) }
        return value
    }

    func strings(_ key: String) throws(EventDecodingError) -> [String] {
        let items = try array(key)
        let strings = items.compactMap(\.stringValue)
        guard strings.count == items.count else { throw EventDecodingError(type: type, field: key) }
        return strings
    }

    func optionalStrings(_ key: String) -> [String] { (data[key]?.elements ?? []).compactMap(\.stringValue) }

    func object(_ key: String) -> [String: JSONValue] { data[key]?.members ?? [:] }
}

extension LogValue {
    static func strings(_ list: [String]) -> LogValue { .array(list.map { .string($0) }) }
}
