package io.cadre.ladder.format;

import io.cadre.ladder.api.LadderContent;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.util.List;

/** A ladder read from a file, the format it was written in, and where in the file each of its fields came from. */
public record ReadLadder(LadderContent content, String format, SourceLines lines) {

    /** The same refusal, with each problem named as in the file and at its line. */
    public InvalidInput located(InvalidInput refusal) {
        List<FieldError> located = lines.locate(refusal.errors());
        return new InvalidInput(located);
    }
}
