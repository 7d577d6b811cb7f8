import CNcursesw
import CasusCore

#if canImport(Glibc)
    import Glibc
#endif

/// The screen: flushes a `CellBuffer` (writing only the cells that changed since
/// the last frame, and letting ncurses send only the difference) and reads keys.
/// Curses is touched only in `Terminal/`: here, in `Preflight` (terminfo checks
/// before start) and in `Signals` (restoring the terminal on a crash).
/// Everything else renders into buffers.
public final class CursesScreen {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let theme: Theme
    private var previous: CellBuffer?
    private var stopped = false

    /// Starts curses on the controlling terminal. Call `Preflight.check()` first.
    public init?(theme: Theme) {
        Self.selectUTF8Locale()
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
            let screen = newterm(nil, output, input)
        else { return nil }
        set_term(screen)
        guard let window = casus_stdscr() else { return nil }
        self.screen = screen
        self.window = window
        // tigetnum: the terminfo entry's colour count (-1 absent, -2 not a number). TERM=xterm
        // or screen says 8, and there init_pair with palette indices ≥ 16 fails: mono instead.
        self.theme = theme.fitting(colours: has_colors() ? Int(tigetnum("colors")) : 0)
        let colors = self.theme.usesColor
        // A frame is always finished: curses would otherwise stop mid-update when a key is
        // pending (a trainer pressing ↓ twice) and leave a half-drawn screen on the projector.
        typeahead(-1)
        // raw(): Ctrl-C arrives as a key, so quitting always goes through the game's own path.
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        if colors {
            start_color()
            for (index, role) in Role.allCases.enumerated() {
                let look = self.theme.look(role)
                init_pair(Int16(index + 1), look.foreground, look.background)
            }
        }
    }

    deinit { stop() }

    /// Dutch text needs a UTF-8 locale for the wide-character API. Without one
    /// (no LANG over ssh, in CI) ‘ë’ and ‘€’ would vanish, so fall back to C.UTF-8:
    /// every terminal casusspel targets speaks UTF-8.
    static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// Forgets the last frame, so the next draw writes every cell (after a resize or resume).
    public func invalidate() {
        previous = nil
        keypad(window, true)
        clearok(window, true)
    }

    public func draw(_ buffer: CellBuffer) {
        let full = previous == nil || previous!.width != buffer.width || previous!.height != buffer.height
        if full { werase(window) }
        var cchar = cchar_t()
        for write in Self.cellsToWrite(buffer, previous: full ? nil : previous, cursesWidth: { casus_wcwidth(wchar_t(bitPattern: $0)) }) {
            var wide: [wchar_t] = write.text.unicodeScalars.prefix(CellText.maxCodePoints).map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            let (attributes, pair) = style(write.role)
            setcchar(&cchar, wide, attributes, pair, nil)
            // The bottom-right cell reports ERR although it draws; nothing to handle.
            _ = mvwadd_wch(window, Int32(write.y), Int32(write.x), &cchar)
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// The cells that changed since `previous` (all of them without one). The right half of a
    /// character the buffer counts two wide but curses one (❤️: ❤ plus VS16; 🏳) is written as a
    /// blank: curses would leave whatever stood there on a terminal that draws it narrow.
    static func cellsToWrite(_ buffer: CellBuffer, previous: CellBuffer?, cursesWidth: (UInt32) -> Int32)
        -> [(x: Int, y: Int, text: String, role: Role)]
    {
        var writes: [(x: Int, y: Int, text: String, role: Role)] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                var text = cell.text
                if text.isEmpty {
                    // Right half: curses fills it for a character it knows is wide.
                    guard x > 0, let left = buffer[x - 1, y].text.unicodeScalars.first, cursesWidth(left.value) < 2 else { continue }
                    text = " "
                }
                if let previous, previous[x, y] == cell, !(cell.text.isEmpty && previous[x - 1, y] != buffer[x - 1, y]) { continue }
                writes.append((x, y, text, cell.role))
            }
        }
        return writes
    }

    /// Ctrl-Z: restore the terminal, stop the process like any shell job, and
    /// repaint everything (keypad mode included) when `fg` continues it.
    public func suspend() {
        endwin()
        raise(SIGTSTP)
        // Execution resumes here after SIGCONT.
        invalidate()
        doupdate()
    }

    /// One visible flash (or a beep where the terminal cannot flash), when the timer hits zero.
    public func flash() {
        CNcursesw.flash()
    }

    /// Waits for a key for up to `timeout` milliseconds (nil: until a key or a signal).
    public func readKey(timeout: Int?) -> Key? {
        wtimeout(window, Int32(timeout ?? -1))
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == KEY_CODE_YES { return functionKey(Int32(value)) }
        guard result == OK else { return nil }
        switch value {
        case 3: return .interrupt
        case 26: return .suspend  // Ctrl-Z: raw mode delivers it as a key, not as SIGTSTP
        case 9: return .tab
        case 19: return .save  // Ctrl-S (raw mode: no flow control)
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return escapeOrSequence()
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(value) }
            return .character(Character(scalar))
        }
    }

    /// Curses hands over an escape sequence its terminal description does not know as ESC plus
    /// the rest, which is already waiting. A lone Esc has nothing behind it, or a key of its own
    /// (Esc then Enter, typed fast), which is put back; a sequence (CSI up to its final byte, SS3
    /// one more) is read to its end and becomes one unknown key, so its characters never reach
    /// the game as keys of their own.
    private func escapeOrSequence() -> Key {
        wtimeout(window, 0)
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        guard result != ERR else { return .escape }
        guard result == OK, value == 91 || value == 79 else {
            // Not a sequence: the next key stays for the next read.
            if result == KEY_CODE_YES { ungetch(Int32(value)) } else { unget_wch(wchar_t(bitPattern: value)) }
            return .escape
        }
        if value == 91 {  // "[": parameters and intermediates up to a final byte in @…~
            for _ in 0..<32 {
                var byte: wint_t = 0
                guard wget_wch(window, &byte) == OK else { break }
                if (64...126).contains(byte) { break }
            }
        } else {  // "O": SS3 and one more byte
            var byte: wint_t = 0
            _ = wget_wch(window, &byte)
        }
        return .unknown(27)
    }

    private func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case casus_key_resize(): .resize
        case KEY_F0 + 1...KEY_F0 + 12: .function(Int(code - KEY_F0))
        default: .unknown(UInt32(bitPattern: code))
        }
    }

    private func style(_ role: Role) -> (attr_t, Int16) {
        let look = theme.look(role)
        var attributes = casus_a_normal()
        if look.bold { attributes |= casus_a_bold() }
        if look.reverse { attributes |= casus_a_reverse() }
        if look.underline { attributes |= casus_a_underline() }
        let pair = theme.usesColor ? Int16(Role.allCases.firstIndex(of: role)! + 1) : 0
        return (attributes, pair)
    }
}
