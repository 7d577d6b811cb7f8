import ArgumentParser
import CasusCore
import CasusTUI

#if canImport(Glibc)
    import Glibc
#endif

extension Theme.Name: ExpressibleByArgument {}

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Start het spel in de terminal (standaard)."
    )

    @Option(name: .customLong("cases"), help: "Map met casussen (standaard: Cases/).")
    var casesDirectory: String?

    @Option(help: "Kleurenschema: projector, donker, licht of mono. NO_COLOR dwingt mono af.")
    var theme: Theme.Name = .projector

    @OptionGroup var language: LanguageOption

    func run() throws {
        let strings = language.strings
        if let failure = Preflight.check() {
            FileOutput.standardError.write(Preflight.message(failure, strings) + "\n")
            throw ExitCode(2)
        }
        let directory = casesDirectory ?? CasesLocation.defaultDirectory()
        let library = LibraryLoader.load(paths: [directory])
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false

        Signals.install()
        defer { Signals.uninstall() }
        guard let screen = CursesScreen(theme: Theme.named(theme, noColor: noColor)) else {
            FileOutput.standardError.write(strings.cannotStartTerminal + "\n")
            throw ExitCode(2)
        }
        var browser = CaseBrowser(count: library.cases.count)
        let outcome = RunLoop.run(
            screen: screen, strings: strings,
            render: { LibraryView.render(library: library, browser: browser, strings: strings, into: &$0) },
            handle: { key in
                switch key {
                case .character("q"), .escape: return false
                case .up, .character("k"): browser.apply(.up)
                case .down, .character("j"): browser.apply(.down)
                case .home: browser.apply(.first)
                case .end: browser.apply(.last)
                case .character(let c) where c.wholeNumberValue != nil: browser.apply(.pick(c.wholeNumberValue!))
                default: break
                }
                return true
            })
        screen.stop()
        if case .signal(let signal) = outcome { throw ExitCode(128 + signal) }
    }
}
