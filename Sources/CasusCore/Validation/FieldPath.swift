/// A field path as a course designer reads it: `dilemmas[1].opties[2].score`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    public private(set) var description: String

    public static let root = FieldPath(description: "")

    private init(description: String) {
        self.description = description
    }

    public func key(_ name: String) -> FieldPath {
        FieldPath(description: description.isEmpty ? name : description + "." + name)
    }

    public func index(_ i: Int) -> FieldPath {
        FieldPath(description: description + "[\(i)]")
    }
}
