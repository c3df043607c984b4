package io.cadre.pipeline.command;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Candidates' names and emails, kept outside the event log and referenced by the candidate's id (as people's are in
 * person_data), so that erasing them clears one row and rewrites no event.
 */
@Component
class CandidateDataStore {

    private final JdbcTemplate jdbc;

    CandidateDataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID candidateId, String name, String email) {
        jdbc.update("insert into candidate_data (candidate_id, name, email) values (?, ?, ?)", candidateId, name, email);
    }
}
