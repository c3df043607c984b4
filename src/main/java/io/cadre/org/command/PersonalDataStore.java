package io.cadre.org.command;

import io.cadre.org.api.PersonName;
import io.cadre.org.api.PersonalDataCopies;
import io.cadre.platform.web.IdempotentAnswers;
import io.cadre.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names and emails, kept outside the event log and referenced by the person's id, so that erasing a
 * person's personal data clears one row and rewrites no event. It is written in the command's transaction,
 * so a refused command leaves it as it was. Its messages never repeat a value: they end up in answers, stored
 * answers of idempotent requests, import reports and logs, where an erasure could not find them.
 */
@Component
class PersonalDataStore {

    private final JdbcTemplate jdbc;
    private final IdempotentAnswers answers;
    private final List<PersonalDataCopies> copies;

    /** A store whose erasures reach no copy elsewhere: for the command side's own tests. */
    PersonalDataStore(JdbcTemplate jdbc) {
        this(jdbc, null, List.of());
    }

    @Autowired
    PersonalDataStore(JdbcTemplate jdbc, IdempotentAnswers answers, List<PersonalDataCopies> copies) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.copies = List.copyOf(copies);
    }

    void store(UUID personId, String name, String email) {
        try {
            jdbc.update("insert into person_data (person_id, name, email) values (?, ?, ?)", personId, name, email);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("This email already belongs to another person");
        }
    }

    /** Replaces the name and/or email given (null: kept) and returns the fields whose value changed. */
    List<String> correct(UUID personId, String name, String email) {
        Current current = jdbc.query("select name, email from person_data where person_id = ? for update",
                (rs, i) -> new Current(rs.getString(1), rs.getString(2)), personId).stream().findFirst()
                .orElse(new Current(null, null));
        List<String> changed = new ArrayList<>();
        if (name != null && !name.equals(current.name())) {
            changed.add("name");
        }
        if (email != null && !email.equals(current.email())) {
            changed.add("email");
        }
        if (changed.isEmpty()) {
            return changed;
        }
        try {
            jdbc.update("insert into person_data (person_id, name, email) values (?, ?, ?) on conflict (person_id)"
                    + " do update set name = excluded.name, email = excluded.email",
                    personId, Objects.requireNonNullElse(name, current.name()), Objects.requireNonNullElse(email, current.email()));
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("This email already belongs to another person");
        }
        return changed;
    }

    /**
     * Forgets the name and email for good; the row stays, marked erased. The features that keep copies in words of
     * their own ({@link PersonalDataCopies}) and the kept answers of idempotent requests are told the values first, in
     * this transaction: nothing is erased unless all of them are.
     */
    void erase(UUID personId) {
        Current current = jdbc.query("select name, email from person_data where person_id = ? for update",
                (rs, i) -> new Current(rs.getString(1), rs.getString(2)), personId).stream().findFirst()
                .orElse(new Current(null, null));
        for (PersonalDataCopies keeper : copies) {
            keeper.erase(personId, current.name(), current.email());
        }
        if (answers != null) {
            answers.forgetAnswersHolding(current.name());
            answers.forgetAnswersHolding(current.email());
        }
        jdbc.update("insert into person_data (person_id, erased_at) values (?, now()) on conflict (person_id)"
                + " do update set name = null, email = null, erased_at = now()", personId);
    }

    Optional<String> name(UUID personId) {
        return jdbc.query("select coalesce(name, ?) from person_data where person_id = ?",
                (rs, i) -> rs.getString(1), PersonName.ERASED, personId).stream().findFirst();
    }

    private record Current(String name, String email) {
    }
}
