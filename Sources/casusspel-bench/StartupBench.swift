import CasusCore
import CasusIO

#if canImport(Glibc)
    import Glibc
#endif

/// 1. From exec to the first complete start screen, beside `dialog --menu` with the same titles.
enum StartupBench {
    static func run(binary: String, casesDirectory: String, runs: Int, scratch: String) -> [Measurement] {
        let library = LibraryLoader.load(paths: [casesDirectory])
        let dialog = Dialog.path
        var ours: [Double] = []
        var theirs: [Double] = []
        // Interleaved, so a busy moment on the machine hits both alike.
        for _ in 0..<runs {
            // Exactly what a trainer types: no options, the shipped library.
            if let time = firstFrame(binary, [], marker: "q stop") {
                ours.append(time)
            }
            if let dialog {
                let items = library.cases.enumerated().flatMap { ["\($0.offset + 1)", $0.element.casus.titel] }
                let arguments = ["--menu", "Kies een casus", "20", "76", "12"] + items
                if let time = firstFrame(dialog, arguments, marker: "Cancel") { theirs.append(time) }
            }
        }
        let mine = median(ours)
        guard dialog != nil, !theirs.isEmpty else {
            return [
                Measurement(
                    name: "start tot eerste scherm (mediaan van \(ours.count))", value: milliseconds(mine),
                    reference: "dialog ontbreekt (apt-get install dialog)", target: "≤ 1,5× dialog", met: false)
            ]
        }
        let reference = median(theirs)
        return [
            Measurement(
                name: "start tot eerste scherm (mediaan van \(ours.count))", value: milliseconds(mine),
                reference: "dialog --menu " + milliseconds(reference) + " (\(format(mine / reference, decimals: 2))×)",
                target: "≤ 1,5× dialog", met: mine <= reference * 1.5)
        ]
    }

    static func firstFrame(_ executable: String, _ arguments: [String], marker: String) -> Double? {
        let start = Clock.now()
        guard let pty = try? PseudoTerminal(executable, arguments), pty.read(until: marker, timeout: 10) else { return nil }
        let elapsed = Clock.now() - start
        pty.stop()
        return elapsed
    }
}
