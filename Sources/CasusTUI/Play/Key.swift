/// A key press, decoded from curses into what the game cares about.
public enum Key: Sendable, Equatable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, backspace, delete, tab, backTab, escape
    case resize
    case function(Int)
    case interrupt  // Ctrl-C in raw mode
    case save  // Ctrl-S
    case suspend  // Ctrl-Z
    case unknown(UInt32)
}
