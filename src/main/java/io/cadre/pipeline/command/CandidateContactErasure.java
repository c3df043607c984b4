package io.cadre.pipeline.command;

import io.cadre.org.api.PersonalDataCopies;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person hired from the pipeline was a candidate first, whose contact the candidates' store still holds: erasing the
 * person's personal data erases the contact of every candidacy that became them, or that used their email.
 */
@Component
class CandidateContactErasure implements PersonalDataCopies {

    private final JdbcTemplate jdbc;

    CandidateContactErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID personId, String name, String email) {
        jdbc.update("""
                update candidate_data set name = null, email = null
                where candidate_id in (select candidate_id from pipeline_candidate where person_id = ?)
                   or lower(email) = lower(cast(? as text))
                """, personId, email);
    }
}
