import CasusCore

/// The small imperative shell around `PlayUpdate`: holds the model, feeds it
/// keys and the clock, and performs the effects it returns, in order. The
/// world (log, case files, reports) comes in as closures from the executable.
public final class PlayRunner: TerminalProgram {
    public private(set) var model: PlayModel
    let env: PlayEnvironment
    let clock: () -> Double
    let openLog: () throws -> SessionLogSink
    var log: SessionLogSink?
    var flashRequested = false
    var quitRequested = false
    /// Reads one case file again (R).
    public var loadCase: ((String, Taxonomy?) -> (LoadedCase?, [Diagnostic]))?
    /// Writes the Markdown and HTML report beside the log; returns their paths.
    public var writeReports: ((String) throws -> [String])?

    public init(
        library: CaseLibrary, strings: Strings, settings: PlaySettings, clock: @escaping () -> Double,
        openLog: @escaping () throws -> SessionLogSink
    ) {
        env = PlayEnvironment(library: library, strings: strings, settings: settings)
        self.clock = clock
        self.openLog = openLog
        let (model, effects) = PlayUpdate.initial(env: env, now: clock())
        self.model = model
        perform(effects)
    }

    public var library: CaseLibrary { env.library }

    /// Feeds one message through the update function and performs what it asks.
    public func send(_ message: PlayMessage) {
        perform(PlayUpdate.update(&model, message, env: env, now: clock()))
    }

    // MARK: - TerminalProgram

    public func render(into buffer: inout CellBuffer) {
        GameScreen(model: model, library: env.library, strings: env.strings, now: clock()).render(area: buffer.area, buffer: &buffer)
    }

    public func handle(_ key: Key) -> Bool {
        send(.key(key))
        return !quitRequested
    }

    public func tick() { send(.tick) }

    public func wakeAfterMilliseconds() -> Int? { PlayUpdate.wakeAfterMilliseconds(model, now: clock()) }

    public func takeFlashRequest() -> Bool {
        defer { flashRequested = false }
        return flashRequested
    }

    /// A signal ended the session: logged as an interruption.
    public func interrupted(by signal: Int32) { send(.interrupted(signal: signal)) }

    // MARK: - Effects

    private func describe(_ error: Error) -> String {
        (error as? SessionLogFailure)?.message(env.strings) ?? String(describing: error)
    }

    private func perform(_ effects: [PlayEffect]) {
        for effect in effects {
            if let message = perform(effect) { send(message) }
        }
    }

    /// Performs one effect; its outcome, when the model must hear of it, comes back as a message.
    private func perform(_ effect: PlayEffect) -> PlayMessage? {
        switch effect {
        case .openLog:
            do {
                let sink = try openLog()
                log = sink
                return .logOpened(path: sink.path)
            } catch {
                return .logFailed(describe(error))
            }
        case .log(let event):
            guard let log else { return nil }
            do {
                try log.append(event)
            } catch let failure as SessionLogFailure where failure.logIsLost {
                return .logLost(failure.message(env.strings))
            } catch {
                // Never drop an event silently: the room decides whether to play on without a log.
                return .logFailed(describe(error))
            }
        case .rewriteLog(let path):
            guard let log else { return nil }
            do {
                try log.rewrite(to: path)
                return .logRewritten(path: path)
            } catch {
                return .logLost(describe(error))
            }
        case .closeLog:
            log = nil
        case .reloadCase(let file):
            guard let loadCase else { return nil }
            let (loaded, diagnostics) = loadCase(file, env.library.taxonomy)
            guard let loaded else {
                return .reloadFailed(problems: diagnostics.filter { $0.severity == .error }.map { $0.formatted(env.strings) })
            }
            return .caseReloaded(loaded)
        case .writeReports(let logPath):
            guard let writeReports else { return nil }
            do {
                return .reportsWritten(try writeReports(logPath))
            } catch {
                return .reportFailed(String(describing: error))
            }
        case .flash:
            flashRequested = true
        case .quit:
            quitRequested = true
        }
        return nil
    }
}
