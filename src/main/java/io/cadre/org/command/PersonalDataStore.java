package io.cadre.org.command;

import io.cadre.shared.RuleViolation;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names and emails, kept outside the event log and referenced by the person's id, so that erasing a
 * person's personal data later clears one row and rewrites no event.
 */
@Component
class PersonalDataStore {

    private final JdbcTemplate jdbc;

    PersonalDataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID personId, String name, String email) {
        try {
            jdbc.update("insert into person_data (person_id, name, email) values (?, ?, ?)", personId, name, email);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("The email " + email + " already belongs to another person");
        }
    }

    Optional<String> name(UUID personId) {
        return jdbc.query("select coalesce(name, '(erased)') from person_data where person_id = ?",
                (rs, i) -> rs.getString(1), personId).stream().findFirst();
    }
}
