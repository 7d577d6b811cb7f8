/// The words of option texts that could give the best option away ("zodat",
/// "samen", "vraagt"): lower-cased, without the function words every option has.
enum SurfaceWords {
    /// Dutch function words (the common stop-word list, plus the forms of "jij" and "wij"). Not in
    /// it on purpose: "zodat", "samen" and verbs such as "vraagt", which are exactly the tell-tale words.
    static let stopWords: Set<String> = [
        "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze", "die", "dit",
        "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft",
        "hem", "hen", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "jij", "jou", "jouw",
        "jullie", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets",
        "nog", "nu", "of", "om", "omdat", "ons", "onder", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u",
        "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "we", "werd", "wezen", "wie", "wij", "wil", "worden",
        "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou",
    ]

    /// The content words of one text.
    static func words(in text: String) -> Set<String> {
        Set(CueCheck.words(text).filter { word in !stopWords.contains(word) && word.contains(where: \.isLetter) })
    }

    /// The `count` words found in the most option texts (ties alphabetically, so the choice is
    /// stable). A word in the options of one dilemma only predicts nothing across a library, so
    /// a word must occur in two.
    static func mostFrequent(in dilemmas: [[Set<String>]], count: Int) -> [String] {
        var options: [String: Int] = [:]
        var inDilemmas: [String: Int] = [:]
        for dilemma in dilemmas {
            for words in dilemma { for word in words { options[word, default: 0] += 1 } }
            for word in dilemma.reduce(into: Set<String>(), { $0.formUnion($1) }) { inDilemmas[word, default: 0] += 1 }
        }
        return inDilemmas.filter { $0.value >= 2 }.keys
            .sorted { (-options[$0]!, $0) < (-options[$1]!, $1) }
            .prefix(count).map { $0 }
    }
}
