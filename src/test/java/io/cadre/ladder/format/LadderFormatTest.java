package io.cadre.ladder.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import io.cadre.shared.InvalidInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cadre's ladder file format, and the Financial Times job-family format read as a ladder. */
class LadderFormatTest {

    static final Path FT_ENGINEERING = Path.of("../shared/data/ft-engineering-progression/data/job-families/engineering.yml");

    @Test
    void theFinancialTimesFrameworkForksIntoTwoTracksAtSenior2() throws IOException {
        ReadLadder read = LadderFormat.read(Files.readString(FT_ENGINEERING), null);
        LadderContent ft = read.content();
        assertThat(read.format()).isEqualTo("job-family");
        assertThat(ft.code()).isEqualTo("engineering");
        assertThat(ft.name()).isEqualTo("Engineering");
        assertThat(ft.tracks()).extracting("code").containsExactly("ic", "management");
        assertThat(ft.levelsOn("ic")).extracting(Level::code)
                .containsExactly("junior", "engineer", "senior-1", "senior-2-ic", "principal-ic", "tech-director");
        assertThat(ft.levelsOn("management")).extracting(Level::code)
                .containsExactly("junior", "engineer", "senior-1", "senior-2-pm", "principal-pm", "tech-director");
        assertThat(ft.level("senior-2-ic").orElseThrow().order()).isEqualTo(ft.level("senior-2-pm").orElseThrow().order()).isEqualTo(4);
        assertThat(ft.equivalences()).containsExactly(List.of("senior-2-ic", "senior-2-pm"), List.of("principal-ic", "principal-pm"));
        assertThat(ft.areas()).hasSize(9);
        assertThat(ft.expectations()).hasSize(72);
        assertThat(ft.expectationsOf("junior", "planning-organising")).singleElement()
                .satisfies(e -> assertThat(e.proficiency()).isEqualTo("Awareness"))
                .satisfies(e -> assertThat(e.text()).startsWith("Aware of how the team delivers").doesNotEndWith("\n"));
    }

    @Test
    void aLadderWrittenInEitherSyntaxReadsBackTheSame() throws IOException {
        LadderContent ft = LadderFormat.read(Files.readString(FT_ENGINEERING), null).content();
        for (LadderContent content : List.of(ft, Ladders.small("small"))) {
            for (LadderFormat.Syntax syntax : LadderFormat.Syntax.values()) {
                String written = LadderFormat.write(content, syntax);
                assertThat(written).contains(LadderFormat.FORMAT);
                LadderContent again = LadderFormat.read(written, null).content();
                assertThat(again).isEqualTo(content);
                assertThat(LadderFormat.write(again, syntax)).isEqualTo(written);
            }
        }
    }

    @Test
    void aFileThatIsNotYamlIsRefusedAtItsLine() {
        assertThatThrownBy(() -> LadderFormat.read("code: x\nname: [unclosed\nlevels: []\n", null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("file: line ").hasMessageContaining("not valid YAML");
    }

    @Test
    void aFieldOfTheWrongKindIsRefusedAtItsLine() {
        String file = """
                code: x
                name: X
                tracks:
                  - code: ic
                    name: IC
                levels:
                  - code: one
                    title: One
                    tracks: [ic]
                    order: first
                """;
        assertThatThrownBy(() -> LadderFormat.read(file, null)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("levels[0].order"))
                        .satisfies(error -> assertThat(error.message()).startsWith("line 10: ")));
    }

    @Test
    void anUnknownFieldIsRefusedAtItsLine() {
        assertThatThrownBy(() -> LadderFormat.read("code: x\nname: X\nlevles: []\n", null)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("line 3").hasMessageContaining("levles");
    }

    @Test
    void anotherFormatVersionIsRefused() {
        assertThatThrownBy(() -> LadderFormat.read("format: cadre-ladder/9\ncode: x\nname: X\n", null)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("format: line 1: must be cadre-ladder/1");
    }

    @Test
    void aProblemFoundLaterIsReportedAtTheLineOfItsField() throws IOException {
        ReadLadder read = LadderFormat.read(Files.readString(FT_ENGINEERING), null);
        InvalidInput located = read.located(InvalidInput.of("expectations[1].area", "no area x"));
        assertThat(located.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("competencies[1].theme");
            assertThat(e.message()).isEqualTo("line 98: no area x");
        });
    }
}
