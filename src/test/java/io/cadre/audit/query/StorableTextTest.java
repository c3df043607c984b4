package io.cadre.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text PostgreSQL cannot store (a NUL, a lone surrogate), from an event recorded before a rule kept it out, never stops the timeline. */
class StorableTextTest {

    @Test
    void unstorableCharactersReadAsTheReplacementCharacter() {
        assertThat(AuditProjection.storable("a\u0000b\ud800c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(AuditProjection.storable("emoji \uD83D\uDE00 stays")).isEqualTo("emoji \uD83D\uDE00 stays");
        assertThat(AuditProjection.storable(null)).isNull();
    }

    @Test
    void jsonKeepsNoEscapeThatJsonbRefuses() {
        String json = AuditProjection.storable(AuditProjection.json(Map.of("title", "x\u0000y\udc00z")));
        assertThat(json).doesNotContain("\\u0000").doesNotContain("\udc00").contains("x").contains("z");
    }
}
