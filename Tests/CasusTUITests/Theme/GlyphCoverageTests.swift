@testable import CasusCore
import Foundation
import TestSupport
import Testing

@testable import CasusTUI

/// Every character the game draws must be in Debian's two monospace fonts: xterm draws a missing
/// one as an empty box (⏱ did, in DejaVu Sans Mono). The fonts' coverage is committed as lists
/// (Tests/Fonts/codepoints.sh), so the test needs no fonts installed.
@Suite("Tekens op het scherm staan in DejaVu Sans Mono en Noto Sans Mono")
struct GlyphCoverageTests {
    static let fonts = ["DejaVuSansMono", "NotoSansMono"]

    static func coverage(_ font: String) throws -> Set<UInt32> {
        let text = try String(contentsOfFile: PackagePaths.root + "/Tests/Fonts/\(font).txt", encoding: .utf8)
        return try parseRanges(text)
    }

    struct BadLine: Error { let line: String }

    /// "20-7e" and "a0" lines (hex), "#" comments.
    static func parseRanges(_ text: String) throws -> Set<UInt32> {
        var points = Set<UInt32>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "-").map { UInt32($0, radix: 16) }
            guard (1...2).contains(parts.count), let low = parts.first!, let high = parts.last!, low <= high else {
                throw BadLine(line: String(line))
            }
            points.formUnion(low...high)
        }
        return points
    }

    /// Non-ASCII characters outside comments in the sources that draw or word the screens.
    static func sourceGlyphs() throws -> [Unicode.Scalar: String] {
        let folders = ["Sources/CasusTUI", "Sources/CasusCore/Strings", "Sources/CasusCore/Text"]
        var found: [Unicode.Scalar: String] = [:]
        for folder in folders {
            let root = PackagePaths.root + "/" + folder
            let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "\(folder)")
            for file in files {
                let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    for scalar in codeOf(line).unicodeScalars where scalar.value > 0x7E {
                        found[scalar] = found[scalar] ?? "\(folder)/\(file):\(number + 1)"
                    }
                }
            }
        }
        return found
    }

    /// A line without its `//` comment (a `//` inside a string literal, as in a URL, stays).
    static func codeOf(_ line: Substring) -> Substring {
        var inString = false, escaped = false, previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "/" && previous == "/" {
                return line[..<line.index(before: index)]
            }
            previous = c
        }
        return line
    }

    /// Non-ASCII characters on every recorded screen.
    static func snapshotGlyphs() throws -> [Unicode.Scalar: String] {
        let root = PackagePaths.root + "/Tests/CasusTUITests/__Snapshots__"
        var found: [Unicode.Scalar: String] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: root)
        #expect(files.count > 20)
        for file in files {
            for scalar in try String(contentsOfFile: root + "/" + file, encoding: .utf8).unicodeScalars where scalar.value > 0x7E {
                found[scalar] = found[scalar] ?? file
            }
        }
        return found
    }

    @Test("de lijsten per lettertype zijn gelezen en kennen de gewone tekens")
    func listsLoad() throws {
        for font in Self.fonts {
            let points = try Self.coverage(font)
            #expect(points.isSuperset(of: 0x20...0x7E), "\(font)")
            for scalar in "éëï’…▸─│█░▲▼·—×←→↑↓".unicodeScalars { #expect(points.contains(scalar.value), "\(font) \(scalar)") }
        }
        #expect(throws: BadLine.self) { try Self.parseRanges("20-7e\nzz\n") }
        #expect(throws: BadLine.self) { try Self.parseRanges("7e-20\n") }
    }

    @Test("de controle vindt tekens die ontbreken: ⏱ en ⏸ in beide, ✓ ★ ⚠ ✎ in Noto")
    func detectsMissing() throws {
        let dejavu = try Self.coverage("DejaVuSansMono"), noto = try Self.coverage("NotoSansMono")
        for scalar in "⏱⏸␛".unicodeScalars { #expect(!dejavu.contains(scalar.value) && !noto.contains(scalar.value), "\(scalar)") }
        for scalar in "✓★⚠✎".unicodeScalars { #expect(!noto.contains(scalar.value), "\(scalar)") }
    }

    @Test("elk getekend teken staat in beide lettertypen", arguments: ["bronnen", "snapshots"])
    func everyGlyphCovered(_ source: String) throws {
        let glyphs = source == "bronnen" ? try Self.sourceGlyphs() : try Self.snapshotGlyphs()
        #expect(glyphs.keys.contains("▸") && glyphs.keys.contains("─"), "de zoektocht vond de bekende tekens niet")
        for font in Self.fonts {
            let points = try Self.coverage(font)
            for (scalar, place) in glyphs.sorted(by: { $0.key.value < $1.key.value })
            where !points.contains(scalar.value) {
                Issue.record("\(font) mist \(scalar) (U+\(String(scalar.value, radix: 16, uppercase: true))), getekend in \(place)")
            }
        }
    }

    @Test("de vervangtekens voor stuurtekens staan erin (^[ voor ESC: ␛ staat in geen van beide)")
    func standIns() throws {
        for font in Self.fonts {
            let points = try Self.coverage(font)
            for control: UInt32 in [0x00, 0x07, 0x1B, 0x7F, 0x9B] {
                for scalar in SafeText.standIn(for: Unicode.Scalar(control)!).unicodeScalars {
                    #expect(points.contains(scalar.value), "\(font) \(control): \(scalar)")
                }
            }
        }
    }
}
