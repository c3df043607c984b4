package io.cadre.ladder.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.format.LadderFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ladder file the README documents reads, and satisfies every rule a ladder's content must. */
class DocumentedFormatTest {

    @Test
    void theReadmesExampleIsAValidLadder() throws IOException {
        Matcher example = Pattern.compile("```yaml\\n(format: cadre-ladder/1.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        assertThat(example.find()).as("a cadre-ladder/1 example in the README").isTrue();
        LadderContent content = LadderFormat.read(example.group(1), null).content();
        assertThat(LadderContentRules.problemsOf(content, null)).isEmpty();
        assertThat(content.levelsOn("ic")).extracting("code").containsExactly("senior-1", "senior-2-ic");
        assertThat(content.level("senior-2-pm").orElseThrow().retired()).isTrue();
        assertThat(content.equivalentsOf("senior-2-ic")).containsExactly("senior-2-pm");
    }
}
