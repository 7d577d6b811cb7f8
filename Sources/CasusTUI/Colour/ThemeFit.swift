extension Theme {
    /// Colour themes address palette indices 16–255, which exist only in a terminal with 256
    /// colours or more; elsewhere (TERM=xterm or screen: 8, a terminal without colour: 0) the
    /// game falls back to mono, whose attributes (bold, reverse, underline) read everywhere.
    public func fitting(colours: Int) -> Theme {
        usesColor && colours < 256 ? .mono : self
    }
}
