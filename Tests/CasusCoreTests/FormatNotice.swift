import CasusCore

extension CaseLibrary {
    /// The diagnostics a test on a format-1 fixture is about: without the notice every
    /// format-1 file now gets (`formatVersion1`), which those tests do not count.
    var diagnosticsBesideFormatNotice: [Diagnostic] {
        diagnostics.filter { !$0.isFormatNotice }
    }
}

extension Diagnostic {
    var isFormatNotice: Bool {
        if case .formatVersion1 = problem { return true }
        return false
    }
}
