#if canImport(Glibc)
    import Glibc
#endif

/// How wide the text commands may print: the terminal's own width, else `$COLUMNS`
/// (a pipe has no width; a script can set it), else 80.
enum TerminalWidth {
    static func current() -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let value = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), value > 0 { return value }
        return 80
    }
}
