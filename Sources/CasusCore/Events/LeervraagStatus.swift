/// How far a learning question gathered at the start was answered, as the trainer judged it in the debrief.
public enum LeervraagStatus: String, Sendable, CaseIterable {
    case beantwoord, deels, open

    /// The next status when the trainer presses the question's number again.
    public var next: LeervraagStatus {
        switch self {
        case .beantwoord: .deels
        case .deels: .open
        case .open: .beantwoord
        }
    }
}
