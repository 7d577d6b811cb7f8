/// A field path as a course designer reads it: `dilemmas[1].opties[2].score`.
/// Built for every field the decoder visits but spelled out only for the few
/// that get a message, so it is a chain of parts rather than a growing string.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    private final class Node: Sendable {
        let parent: Node?
        let key: String?
        let index: Int

        init(parent: Node?, key: String?, index: Int) {
            self.parent = parent
            self.key = key
            self.index = index
        }
    }

    private let node: Node?

    public static let root = FieldPath(node: nil)

    public var isRoot: Bool { node == nil }

    private init(node: Node?) {
        self.node = node
    }

    public func key(_ name: String) -> FieldPath {
        FieldPath(node: Node(parent: node, key: name, index: 0))
    }

    public func index(_ i: Int) -> FieldPath {
        FieldPath(node: Node(parent: node, key: nil, index: i))
    }

    public var description: String {
        var parts: [Node] = []
        var current = node
        while let part = current {
            parts.append(part)
            current = part.parent
        }
        var out = ""
        for part in parts.reversed() {
            if let key = part.key {
                out += out.isEmpty ? key : "." + key
            } else {
                out += "[\(part.index)]"
            }
        }
        return out
    }

    public static func == (a: FieldPath, b: FieldPath) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
