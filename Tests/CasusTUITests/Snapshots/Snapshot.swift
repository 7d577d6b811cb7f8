import Foundation
import Testing

@testable import CasusTUI

/// Whole screens as golden text files a reviewer can read in a diff: the cells
/// framed by `|` (so trailing space shows), then one letter per cell for its role.
/// `CASUSSPEL_UPDATE_SNAPSHOTS=1 swift test --filter Snapshot` rewrites them.
enum Snapshot {
    /// Found from this file, so the tests read the same files from any working directory.
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("__Snapshots__").path
    }()

    static var updating: Bool { ProcessInfo.processInfo.environment["CASUSSPEL_UPDATE_SNAPSHOTS"] == "1" }

    static let legend = "rollen: .=body T=title H=heading K=hint m=muted S=selected A=accent W=warning F=frame B=statusBar"

    /// Exhaustive on purpose: a new role does not compile until it has a letter.
    static func letter(_ role: Role) -> Character {
        switch role {
        case .body: "."
        case .title: "T"
        case .heading: "H"
        case .hint: "K"
        case .muted: "m"
        case .selected: "S"
        case .accent: "A"
        case .warning: "W"
        case .frame: "F"
        case .statusBar: "B"
        }
    }

    static func text(of buffer: CellBuffer, name: String) -> String {
        func label(_ row: Int) -> String {
            let number = String(row)
            return String(repeating: " ", count: max(0, 2 - number.count)) + number + "|"
        }
        var out = "# \(name) \(buffer.width)x\(buffer.height)\n"
        for row in 0..<buffer.height {
            let cells = (0..<buffer.width).map { buffer[$0, row].text }.joined()
            out += label(row) + cells + "|\n"
        }
        out += "\n" + legend + "\n"
        for row in 0..<buffer.height {
            out += label(row) + String((0..<buffer.width).map { letter(buffer[$0, row].role) }) + "|\n"
        }
        return out
    }

    /// Compares `buffer` with `<name>.txt` (or writes it when updating), after checking that
    /// the screen's content area holds text: a view that drew nothing is never recorded.
    static func expectMatch(
        _ buffer: CellBuffer, name: String, content: ContentArea, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let actual = text(of: buffer, name: name)
        guard content.hasText(in: buffer) else {
            Issue.record("\(name): nothing drawn in the content area (\(content))\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        let path = directory + "/" + name + ".txt"
        if updating {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(actual.utf8)), "cannot write \(path)")
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record(
                "\(name): no snapshot at \(path); record it with CASUSSPEL_UPDATE_SNAPSHOTS=1 swift test --filter Snapshot\n\(actual)",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record(
                "\(name) differs from \(path) (- snapshot, + now):\n\(LineDiff.unified(expected, actual))",
                sourceLocation: sourceLocation)
        }
    }
}

/// Where a screen's own content is, beyond the bars every screen shares; it must hold text.
enum ContentArea: Sendable, CustomStringConvertible {
    /// A game step: below the header's full-width rule, above the key line.
    case belowHeaderRule
    /// Start and setup screens: between the title bar and the key line.
    case betweenBars
    /// An overlay: inside the first box frame (┌ … ┘), below its title.
    case insideBox
    /// The too-small message: anywhere.
    case whole

    var description: String {
        switch self {
        case .belowHeaderRule: "below the header rule"
        case .betweenBars: "between the bars"
        case .insideBox: "inside the box"
        case .whole: "the whole screen"
        }
    }

    func hasText(in buffer: CellBuffer) -> Bool {
        guard let (columns, rows) = bounds(in: buffer) else { return false }
        return rows.contains { row in
            columns.contains { column in buffer[column, row].text.contains { $0.isLetter || $0.isNumber } }
        }
    }

    private func bounds(in buffer: CellBuffer) -> (columns: Range<Int>, rows: Range<Int>)? {
        let all = 0..<buffer.width
        switch self {
        case .whole:
            return (all, 0..<buffer.height)
        case .betweenBars:
            return (all, 1..<max(1, buffer.height - 1))
        case .belowHeaderRule:
            let rule = (0..<buffer.height).first { row in all.allSatisfy { buffer[$0, row].text == "─" } }
            guard let rule else { return nil }
            return (all, (rule + 1)..<max(rule + 1, buffer.height - 1))
        case .insideBox:
            for row in 0..<buffer.height {
                guard let left = all.first(where: { buffer[$0, row].text == "┌" }) else { continue }
                guard let right = all.first(where: { $0 > left && buffer[$0, row].text == "┐" }),
                    let bottom = ((row + 1)..<buffer.height).first(where: { buffer[left, $0].text == "└" })
                else { return nil }
                return ((left + 1)..<right, (row + 1)..<bottom)
            }
            return nil
        }
    }
}
