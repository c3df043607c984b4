package io.cadre.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The answers kept for idempotent requests ({@link IdempotencyFilter}), seen from outside the web layer: an answer
 * holding a value that has to go is forgotten, so a retry with its key runs anew instead of replaying it.
 */
@Component
public class IdempotentAnswers {

    private final JdbcTemplate jdbc;

    IdempotentAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets every kept answer whose body, location or tag holds the text; returns how many. */
    public int forgetAnswersHolding(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return jdbc.update("delete from idempotent_request where position(? in coalesce(body, ''::bytea)) > 0"
                        + " or strpos(coalesce(location, '') || ' ' || coalesce(etag, ''), ?) > 0",
                text.getBytes(StandardCharsets.UTF_8), text);
    }
}
