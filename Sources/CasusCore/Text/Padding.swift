extension String {
    /// `7` → `07`: dates, times and hashes in fixed-width fields (the core avoids Foundation's formatters).
    public func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
