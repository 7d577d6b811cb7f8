/// Background for the trainer, who is questioned on rules and facilities by the
/// practitioners in the room. Never shown to the groups.
public struct TrainerNotes: Sendable, Equatable {
    public let achtergrond: String
    /// The rules and procedures the case relies on, each with where to check it.
    public let regels: [Regel]
    /// Local facilities relevant to the case.
    public let voorzieningen: String?
    /// Points of professional dispute to expect in the room.
    public let discussie: String?

    public init(achtergrond: String, regels: [Regel], voorzieningen: String? = nil, discussie: String? = nil) {
        self.achtergrond = achtergrond
        self.regels = regels
        self.voorzieningen = voorzieningen
        self.discussie = discussie
    }

    public struct Regel: Sendable, Equatable {
        public let regel: String
        /// A URL or a precise citation.
        public let bron: String

        public init(regel: String, bron: String) {
            self.regel = regel
            self.bron = bron
        }
    }
}
