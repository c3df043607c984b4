package io.cadre.imports.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.PersonalDataCopies;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An import's report tells its rows in words, some with a person's name or email ("email ... completed as ...", "ends
 * before ... starts"): when that person's personal data is erased, each is replaced where it stands, and the report keeps
 * its rows, counts and the rest of each message.
 */
@Component
class ImportReportErasure implements PersonalDataCopies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ERASED_EMAIL = "(erased email)";

    private final JdbcTemplate jdbc;

    ImportReportErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID personId, String name, String email) {
        replace(email, ERASED_EMAIL);
        if (email != null && email.indexOf('@') > 0) {
            // A row that gave only the part before the @ says so: "email sking completed as ..." (PeopleCsv).
            String given = email.substring(0, email.indexOf('@'));
            replace("email " + given + " completed", "email " + ERASED_EMAIL + " completed");
        }
        replace(name, PersonName.ERASED);
    }

    private void replace(String value, String replacement) {
        if (value == null || value.isBlank()) {
            return;
        }
        String inJson = escaped(value);
        jdbc.update("""
                update import_job set errors = cast(replace(errors::text, ?, ?) as jsonb),
                                      adjustments = cast(replace(adjustments::text, ?, ?) as jsonb)
                where strpos(errors::text || adjustments::text, ?) > 0
                """, inJson, escaped(replacement), inJson, escaped(replacement), inJson);
    }

    /** The text as it stands inside a JSON string, without the quotes. */
    private static String escaped(String text) {
        try {
            String quoted = JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
