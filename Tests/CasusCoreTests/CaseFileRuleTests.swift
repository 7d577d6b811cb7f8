import Testing

@testable import CasusCore

@Suite("Welke JSON in een eigen map een casus is")
struct CaseFileRuleTests {
    @Test("een casus noemt het casusschema of heeft \"titel\" en \"dilemmas\"; andere JSON niet; een kapotte casus blijft een casus")
    func rule() {
        let cases = [
            #"{"$schema": "schema/case.schema.json", "id": "x"}"#, #"{"titel": "Een eigen plek", "dilemmas": []}"#,
            #"{"dilemmas": [], "titel" :"#,
            #"{"$schema": "../casusspel/Cases/schema/case.schema.json""#,
        ]
        // A saved report and `list --json` have titles but no dilemmas.
        let others = [
            #"{"editor": "vim"}"#, "[]", "", #"{"title": "English"}"#, #"{"$schema": "https://json.schemastore.org/package"}"#,
            #"{"casussen": [{"titel": "Proefcasus", "pijlers": []}]}"#, #"[{"id": "x", "titel": "Een eigen plek"}]"#,
        ]
        for text in cases { #expect(CaseFile.looksLikeCase(Array(text.utf8)), "\(text)") }
        for text in others { #expect(!CaseFile.looksLikeCase(Array(text.utf8)), "\(text)") }
    }
}
