import CasusCore
import Testing

/// Messages about session logs speak of logs, not of case files.
@Suite("Meldingen over sessielogs")
struct LogMessageTests {
    @Test("een te groot log wordt als log gemeld, in beide talen")
    func oversizedLog() {
        let error = SessionLogError.unreadable(file: "s.jsonl", .tooLarge(70 << 20))
        let nl = Strings.nl.session.logError(error, Strings.nl.describe)
        #expect(nl.contains("sessielog") && nl.contains("64 MiB") && nl.contains("70 MiB"))
        #expect(!nl.contains("casusbestand"))
        let en = Strings.en.session.logError(error, Strings.en.describe)
        #expect(en.contains("session log") && en.contains("64 MiB"))
        #expect(!en.contains("case file"))
    }

    @Test("een ontbrekend log blijft de gewone leesfout")
    func missingLog() {
        let error = SessionLogError.unreadable(file: "s.jsonl", .notFound)
        #expect(Strings.nl.session.logError(error, Strings.nl.describe) == "s.jsonl: " + Strings.nl.describe(.fileNotFound))
    }
}
