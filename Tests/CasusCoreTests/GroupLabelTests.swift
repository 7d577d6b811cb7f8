import CasusCore
import Testing

@Suite("Korte groepslabels")
struct GroupLabelTests {
    @Test("acht teams zoals in de README: het gedeelde woord valt weg, elk label is uniek")
    func eightTeams() {
        let names = [
            "Team Laak", "Team Escamp", "Team Loosduinen", "Team Segbroek",
            "Team Leidschenveen", "Team Escamp Zuid", "Team Scheveningen", "Team Haagse Hout",
        ]
        let labels = GroupLabels.short(names)
        #expect(labels == ["Laa", "Escamp", "Loo", "Seg", "Lei", "Escamp Z", "Sch", "Haa"])
        #expect(Set(labels).count == names.count)
    }

    @Test("namen zonder gedeeld woord houden hun begin; gelijke namen krijgen hun nummer")
    func mixedAndEqual() {
        #expect(GroupLabels.short(["Groep 1", "Groep 2"]) == ["1", "2"])
        #expect(GroupLabels.short(["Rood", "Blauw", "Rood"]) == ["Rood 1", "Bla", "Rood 3"])
        #expect(GroupLabels.short(["A"]) == ["A"])
        #expect(GroupLabels.short(["Team", "Team"]) == ["Team 1", "Team 2"])
    }

    @Test("brede tekens en emoji tellen als één teken van de naam")
    func wideCharacters() {
        let labels = GroupLabels.short(["👩‍👩‍👧 Gezin", "👩‍👩‍👧 Jeugd", "日本語チーム"])
        #expect(labels == ["👩‍👩‍👧 G", "👩‍👩‍👧 J", "日本語"])
        #expect(Set(labels).count == 3)
    }

    @Test("passend: volle namen als ze passen, anders groeien de korte labels om de beurt")
    func fitted() {
        let names = ["Team Laak", "Team Escamp", "Team Loosduinen", "Team Segbroek"]
        #expect(GroupLabels.fitted(names, width: 100) == names)
        #expect(GroupLabels.fitted(names, width: 12) == ["Laa", "Esc", "Loo", "Seg"])
        #expect(GroupLabels.fitted(names, width: 20) == ["Laak", "Escamp", "Loosd", "Segbr"])
        #expect(GroupLabels.fitted(names, width: 31) == ["Laak", "Escamp", "Loosduinen", "Segbroek"])
        // Too little room: the short labels still, never less (the caller cuts what does not fit).
        #expect(GroupLabels.fitted(names, width: 4) == ["Laa", "Esc", "Loo", "Seg"])
    }

    @Test("per label een breedte: de naam als die past, anders zo veel van de naam als past")
    func fittedEach() {
        let names = ["Team Laak", "Team Escamp", "Team Escamp Zuid", "Team Loosduinen"]
        #expect(GroupLabels.fitted(names, each: 20) == names)
        #expect(GroupLabels.fitted(names, each: 8) == ["Laak", "Escamp", "Escamp Z", "Loosduin"])
        #expect(GroupLabels.fitted(names, each: 12) == ["Laak", "Escamp", "Escamp Zuid", "Loosduinen"])
        #expect(GroupLabels.fitted(names, each: 2) == ["Laa", "Escamp", "Escamp Z", "Loo"])
    }
}
