package io.cadre.org.command;

import io.cadre.org.api.LevelCatalog;
import io.cadre.org.api.OrgEvent;
import io.cadre.support.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real rules over a real database for aggregate fixture tests: the events a fixture is given are
 * also written to the rules' timeline, as the command side would have written them.
 */
final class RulesFixture {

    final JdbcTemplate jdbc = TestDatabase.jdbc();
    final PersonalDataStore personalData = new PersonalDataStore(jdbc);
    /** No ladder is published in these tests, so every level is a free label, as before ladders exist. */
    final LevelCatalog ladders = (field, level) -> null;
    final OrgRules rules = new OrgRules(jdbc, new TimelineLookups(jdbc, personalData));
    private final Map<UUID, Long> versions = new HashMap<>();

    /** Writes the events to the timeline, numbering each within its subject, and returns them for the fixture. */
    Object[] recorded(OrgEvent... events) {
        for (OrgEvent event : events) {
            long version = versions.merge(event.subjectId(), 0L, (old, zero) -> old + 1);
            rules.recordAndCheck(event, version);
        }
        return events;
    }
}
