/// An author edits a case while previewing it: the new text replaces the old
/// and the room stays on the same step, keeping every answer that still fits.
extension Game {
    public func reloaded(with new: Casus) -> Game {
        var game = self
        game.casus = new
        game.steps = Step.sequence(for: new, pillars: config.pillars(for: new))
        game.stepIndex = game.steps.firstIndex(of: step) ?? min(stepIndex, game.steps.count - 1)
        game.revealedKnelpunten = min(revealedKnelpunten, new.knelpunten.count)
        for index in game.groups.indices {
            // Choices survive when their dilemma and option still exist.
            game.groups[index].choices = game.groups[index].choices.filter { dilemma, choice in
                guard new.dilemmas.indices.contains(dilemma) else { return false }
                if case .option(let option) = choice { return new.dilemmas[dilemma].opties.indices.contains(option) }
                return true
            }
        }
        return game
    }
}
