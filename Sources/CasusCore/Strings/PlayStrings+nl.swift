extension PlayStrings {
    public static let nl = PlayStrings(
        stepNames: { step, pillar in
            switch step {
            case .inhoudswaarschuwing: "Let op"
            case .verhaal: "Verhaal"
            case .knelpunten: "Knelpunten"
            case .factoren: "Diversiteitsfactoren"
            case .zichtbaarheid: "Zichtbaar of onzichtbaar"
            case .zichtbaarheidOnthulling: "Zichtbaar of onzichtbaar: onthulling"
            case .pijler: "Pijler: \(pillar ?? "")"
            case .pijlerOnthulling: "Pijler: \(pillar ?? ""), onthulling"
            case .reflectie: "Reflectie"
            case .afsluiting: "Afsluiting"
            }
        },
        timerExpired: "Tijd!",
        timerPaused: "pauze",
        lockedMark: "√",
        hintRead: "Enter verder  ↑↓ lezen  n notitie  t timer  ? help  q stop",
        hintFactoren: "↑↓←→ kies  Spatie aan/uit  Enter klaar  Tab groep  ? help",
        hintZichtbaarheid: "↑↓ kies  z/o of ←→  Enter klaar  Tab groep  ? help",
        hintPijler: "1-4 kies  0 pas  Enter klaar  Tab groep  n notitie  ? help",
        hintReveal: "↑↓ factor  PgDn meer  Enter verder  n notitie  ? help",
        hintAfsluiting: "Enter volgende casus  r verslag  ↑↓ scrollen  q stop",
        hintContentNote: "Enter lezen  s casus overslaan  q stop",
        hintSetup: "↑↓ kiezen  Enter bewerken/starten  Esc terug",
        hintEditor: "←→↑↓ cursor  Enter nieuwe regel  Esc/Ctrl-S bewaren",
        hintLibrary: "↑↓ kiezen  Enter kies casus  q stop",
        contentNoteHeading: "Inhoudswaarschuwing",
        knelpuntenPrompt: "Waar schuurt het? Laat de zaal eerst zelf benoemen, onthul dan één voor één.",
        knelpuntenHidden: { "nog \($0) verborgen" },
        knelpuntKant: { kant in
            switch kant {
            case .inwoner: "inwoner"
            case .professional: "professional"
            case .organisatie: "organisatie"
            }
        },
        factorenPrompt: "Welke factoren spelen mee, bij de inwoner en bij de professional?",
        sideClient: "Inwoner",
        sideProfessional: "Professional",
        sideClientShort: "Inw.",
        sideProfessionalShort: "Prof.",
        zichtbaarheidPrompt: "Is elke gekozen factor hier zichtbaar of onzichtbaar?",
        visible: "zichtbaar",
        invisible: "onzichtbaar",
        nothingMarked: "Deze groep koos geen factoren; Enter legt dat vast.",
        stillToCall: { "Nog \($0) te beoordelen." },
        waitingFor: { "Wacht op: " + $0.joined(separator: ", ") },
        allLocked: "Alle groepen hebben gekozen.",
        revealFactorsHeading: "Wat de casus noemt",
        foundBy: { "gevonden door: " + $0.joined(separator: ", ") },
        foundByCount: { "gevonden door \($0) van \($1) groepen" },
        missedByAll: "door geen enkele groep gevonden",
        pitfall: "Valkuil",
        scoringFactorsRule:
            "Punten: 1 per gevonden zichtbare factor, 2 per onzichtbare, 1 per juist oordeel over zichtbaarheid. Extra factoren kosten niets.",
        scoringPillarRule: "Punten: de score van de gekozen optie (0 t/m 3). Passen kost niets.",
        points: { "\($0) van \($1) punten" },
        pass: "pas",
        chosenHidden: "gekozen (verborgen tot iedereen koos)",
        bestOption: "beste",
        feedbackFor: { "Feedback bij optie \($0)" },
        reflectieHeading: "Reflectievragen",
        notesHeading: "Notities",
        leervragenHeading: "Leervragen: zijn ze beantwoord?",
        leervragenAnswered: "Zijn ze beantwoord?",
        logWrittenTo: { "Sessielog: \($0)" },
        noLog: "Er wordt geen sessielog geschreven.",
        nextCase: "Enter: volgende casus kiezen",
        caseSkipped: "Casus overgeslagen.",
        setupHeading: "Nieuwe sessie",
        defaultGroupName: "Groep 1",
        setupTraining: "Training (naam voor het verslag, mag leeg)",
        setupGroups: "Groepen (met komma's)",
        setupLeervragen: "Leervragen (één per regel, mag leeg)",
        setupStart: "Start ▸",
        setupNoLeervragen: "(geen)",
        groupProblem: { problem in
            switch problem {
            case .count(let n): "\(n) groepen; kies er 1 t/m 8."
            case .empty: "Een groepsnaam is leeg."
            case .duplicate(let name): "De naam '\(name)' komt twee keer voor."
            case .tooLong(let name): "'\(name)' is te lang (hoogstens 24 tekens)."
            }
        },
        reloadFailed: "De casus heeft fouten; het spel gaat door met de vorige versie",
        resumedHeading: "Sessie hervat",
        ownCasesHeading: "Eigen casussen",
        reportHeading: "Verslag",
        helpHeading: "Toetsen",
        helpLines: [
            ("T", "voor de trainer: achtergrond en regels"), ("i", "eigen ijsberg (bij de reflectie)"),
            ("p", "wie is wie: de personen"), ("a", "eigen aanpak bij een dilemma"),
            ("↑↓ j k", "kiezen / scrollen"), ("1-9", "optie kiezen"), ("0", "pas kiezen bij een dilemma; Enter legt vast"),
            ("Spatie", "factor aan/uit, knelpunt onthullen"), ("Enter", "vastleggen en verder"),
            ("Backspace", "terug (zolang niets half vastligt)"), ("Tab", "volgende groep"),
            ("n", "notitie schrijven"), ("t", "timer starten/pauzeren"), ("+ -", "minuut erbij/eraf"),
            ("R", "casus opnieuw inlezen (voor auteurs)"),
            ("r", "verslag schrijven (eindscherm)"), ("q", "stoppen (alles is al bewaard)"),
        ],
        quitQuestion: "Stoppen? j = ja, n = nee",
        quitDetail: "Alles wat tot nu toe is gekozen en geschreven staat al in het sessielog.",
        noteHeading: { "Notitie van \($0)" },
        logFailed: { "Het sessielog kan niet worden geschreven: \($0)" },
        logFailedChoice: "z = zonder log verder spelen, q = stoppen"
    )
}
