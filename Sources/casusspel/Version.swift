import CasusCore

/// The program's version, written once: `--version` prints it and `.ci/package` names the
/// package after what the built binary prints.
enum Version {
    static let program = "1.0.0"

    /// The program and the formats it reads and writes, each from its own definition.
    static var text: String {
        """
        casusspel \(program)
        casusformaat (schemaVersion): \(CaseDecoder.schemaVersion)
        sessielogformaat (v): \(SessionEvent.formatVersion)
        """
    }
}
