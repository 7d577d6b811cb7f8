import CasusCore

/// The top-level view: library, setup, or the current step of the case, with
/// any overlay on top. A pure function of model and time.
public struct GameScreen: View {
    public var model: PlayModel
    public var library: CaseLibrary
    public var strings: Strings
    public var now: Double

    public init(model: PlayModel, library: CaseLibrary, strings: Strings, now: Double) {
        self.model = model
        self.library = library
        self.strings = strings
        self.now = now
    }

    public func render(area: Rect, buffer: inout CellBuffer) {
        switch model.screen {
        case .library:
            LibraryView(library: library, browser: model.browser, strings: strings, hints: strings.play.hintLibrary)
                .render(area: area, buffer: &buffer)
        case .setup:
            let casus = library.cases.indices.contains(model.browser.selected) ? library.cases[model.browser.selected].casus : nil
            SetupView(form: model.setup, casus: casus, strings: strings).render(area: area, buffer: &buffer)
        case .game:
            if let game = model.game {
                GameStepView(
                    game: game, group: model.activeGroup,
                    showsTurn: model.config.map { $0.groups.count > 1 } == true,
                    cursor: model.cursor, scroll: model.sidePage == nil ? model.scroll : model.sideScroll,
                    leervragen: model.config?.leervragen ?? [], leervraagStatus: model.session?.leervraagStatus ?? [:],
                    logPath: model.logPath, sidePage: model.sidePage, showsPillarMeaning: model.showsPillarMeaning,
                    strings: strings, now: now
                ).render(area: area, buffer: &buffer)
            }
        }
        if let notice = model.notice { HintNoticeView(notice: notice, now: now).render(area: area, buffer: &buffer) }
        if model.overlay == .help {
            HelpView(strings: strings, page: model.helpPage).render(area: area, buffer: &buffer)
        } else if let overlay = model.overlay {
            OverlayView(
                overlay: overlay, groups: model.config?.groups ?? [], strings: strings.play, reveal: strings.reveal, log: strings.log
            ).render(
                area: area, buffer: &buffer)
        }
    }
}
