import CasusCore
import CasusIO

/// A course designer's own folder: where `casusspel` is run when that is not the
/// program's library — `./Cases` when it exists, else the working folder itself.
/// Its case files are the library of `list`, `validate` and `play`; its taxonomy
/// when it has one, else the program's. Not used when `$CASUSSPEL_CASES` or
/// `--cases` names a library, nor when the folder holds no case.
struct DesignerFolder {
    let path: String
    /// Case files, by the rule of `CaseFile.looksLikeCase`.
    let cases: [String]
    /// JSON files that are not cases: skipped, each named once.
    let skipped: [String]

    /// The folder `nieuw` writes into and `list`/`validate` read: `./Cases` or `.`.
    static var workingFolder: String { FileReader.isDirectory(CasesLocation.folderName) ? CasesLocation.folderName : "." }

    /// The working folder when it is a designer's own, with what it holds; nil when it is the
    /// program's library or a library was named.
    static func current() -> DesignerFolder? {
        guard CasesLocation.environment("CASUSSPEL_CASES") == nil else { return nil }
        let folder = workingFolder
        guard !CasesLocation.isProgramLibrary(folder), case .success(let names) = FileReader.jsonFiles(in: folder) else { return nil }
        var cases: [String] = []
        var skipped: [String] = []
        for name in names where !CaseFile.isTaxonomyFile(name) {
            let path = LibraryLoader.join(folder, name)
            // An unreadable file is the loader's to report, as a case.
            guard case .success(let bytes) = FileReader.read(path), !CaseFile.looksLikeCase(bytes) else {
                cases.append(path)
                continue
            }
            skipped.append(path)
        }
        return cases.isEmpty ? nil : DesignerFolder(path: folder, cases: cases, skipped: skipped)
    }

    /// Its cases against its own taxonomy, or the program's when it has none.
    func load() -> CaseLibrary {
        let own = FileReader.exists(LibraryLoader.join(path, TaxonomyDecoder.factorenFile))
        // A path to the folder's own factoren.json would make the loader read the taxonomy there.
        return LibraryLoader.load(paths: cases, fallbackTaxonomyDirectory: own ? path : CasesLocation.programDirectory())
    }

    /// What the commands say before their output: where the cases come from, and what was passed over.
    func notices(_ strings: Strings) -> [String] {
        [strings.command.readingFolder(path == "." ? "." : path)] + skipped.map(strings.command.notACase)
    }
}
