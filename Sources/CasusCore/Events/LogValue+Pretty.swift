extension LogValue {
    /// Indented JSON with sorted keys, for output people read (`list --json`).
    public func prettyJSON(indent: String = "  ", level: Int = 0) -> String {
        let inner = String(repeating: indent, count: level + 1)
        let outer = String(repeating: indent, count: level)
        switch self {
        case .array(let items) where !items.isEmpty:
            return "[\n" + items.map { inner + $0.prettyJSON(indent: indent, level: level + 1) }.joined(separator: ",\n") + "\n" + outer
                + "]"
        case .object(let members) where !members.isEmpty:
            let lines = members.keys.sorted().map {
                inner + Self.quote($0) + ": " + members[$0]!.prettyJSON(indent: indent, level: level + 1)
            }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + outer + "}"
        default:
            return json
        }
    }
}
