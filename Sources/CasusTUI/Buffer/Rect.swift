/// A part of the screen in cells, as ratatui's `Rect`: views draw into the one
/// they are given and lay out their parts by cutting it up. Sizes never go
/// below zero, so cutting more than there is gives an empty area, not a crash.
public struct Rect: Sendable, Equatable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// One past the last column and row.
    public var right: Int { x + width }
    public var bottom: Int { y + height }
    public var columns: Range<Int> { x..<right }
    public var rows: Range<Int> { y..<bottom }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public var description: String { "\(width)x\(height) at (\(x), \(y))" }

    public func contains(x column: Int, y row: Int) -> Bool {
        columns.contains(column) && rows.contains(row)
    }

    /// The area with that many cells taken off each side.
    public func inset(left: Int = 0, top: Int = 0, right: Int = 0, bottom: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    public func inset(by cells: Int) -> Rect {
        inset(left: cells, top: cells, right: cells, bottom: cells)
    }

    /// The row `index` rows down, one high; empty when outside the area.
    public func row(_ index: Int) -> Rect {
        guard rows.contains(y + index) else { return Rect(x: x, y: y + index, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// The first `count` rows and the rest below them.
    public func split(rows count: Int) -> (top: Rect, rest: Rect) {
        let top = min(max(0, count), height)
        return (Rect(x: x, y: y, width: width, height: top), Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// The first `count` columns and the rest to their right.
    public func split(columns count: Int) -> (left: Rect, rest: Rect) {
        let left = min(max(0, count), width)
        return (Rect(x: x, y: y, width: left, height: height), Rect(x: x + left, y: y, width: width - left, height: height))
    }

    /// A `width` × `height` area in the middle of this one (rounded up and to the left), never larger than it.
    public func centred(width w: Int, height h: Int) -> Rect {
        let w = min(max(0, w), width)
        let h = min(max(0, h), height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The cells both areas cover.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        return Rect(x: left, y: top, width: min(right, other.right) - left, height: min(bottom, other.bottom) - top)
    }
}
