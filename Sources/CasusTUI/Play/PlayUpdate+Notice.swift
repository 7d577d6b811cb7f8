import CasusCore

/// The hint line's messages: why a key did nothing, or what it just did. They are
/// state with an end time, so the update stays pure and nothing sleeps.
extension PlayUpdate {
    /// How long a refusal or confirmation stays in the hint line.
    static let noticeSeconds = 4.0

    /// The hint line says why `key` did nothing, for a few seconds.
    mutating func refuse(_ text: String) {
        model.notice = PlayModel.HintNotice(text: text, refused: true, until: now + Self.noticeSeconds)
    }

    /// The hint line confirms what a key did, for a few seconds.
    mutating func inform(_ text: String) {
        model.notice = PlayModel.HintNotice(text: text, refused: false, until: now + Self.noticeSeconds)
    }

    mutating func refuseUnknown(_ key: Key) {
        if case .unknown = key { return refuse(env.strings.input.unknownSequence) }
        refuse(env.strings.input.unknownKey(key == .character(" ") ? env.strings.input.spaceKey : Self.name(of: key)))
    }

    /// A key as the hint line names it.
    static func name(of key: Key) -> String {
        switch key {
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        case .save: "Ctrl-S"
        case .resize, .interrupt, .suspend, .unknown: "?"
        }
    }
}
