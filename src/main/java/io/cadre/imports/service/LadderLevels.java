package io.cadre.imports.service;

import io.cadre.org.api.LevelCatalog;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.util.Optional;

/**
 * Judges a row's level against the published ladders: a level they do not know is left out, and said on the row,
 * rather than the person refused for a label their HRIS gave them.
 */
final class LadderLevels {

    private final LevelCatalog ladders;
    private final ImportLines lines;

    LadderLevels(LevelCatalog ladders, ImportLines lines) {
        this.ladders = ladders;
        this.lines = lines;
    }

    /** The row's level, or null when it has none or published ladders do not know it. */
    String forHire(ImportRow row) {
        if (row.level() == null) {
            return null;
        }
        // A file repeats a few levels many times: a group of rows judges each of them once.
        Optional<String> refusal = lines.oncePerTransaction("level " + row.level(), () -> refusal(row.level()));
        if (refusal.isPresent()) {
            lines.adjust(row.line(), "hired without a level: " + refusal.get());
            return null;
        }
        return row.level();
    }

    /** Why published ladders refuse the level, if they do. */
    private Optional<String> refusal(String level) {
        try {
            ladders.judge("level", level);
            return Optional.empty();
        } catch (InvalidInput | RuleViolation e) {
            return Optional.of(e instanceof InvalidInput invalid ? invalid.errors().getFirst().message() : e.getMessage());
        }
    }
}
