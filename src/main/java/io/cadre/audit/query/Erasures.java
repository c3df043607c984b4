package io.cadre.audit.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.org.api.PersonName;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes an erased person's names out of the timeline's entries. The entries tell their changes in words, so a name is
 * replaced where it stands, by {@link PersonName#ERASED}, in the subject, the summary and the before and after fields:
 * the entry stays, with who recorded it, when and why. The names are those the timeline knew the person by
 * ({@link Facts#namesOf}); a rebuild after the erasure never learns them, as the personal-data store has none to give.
 */
final class Erasures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    Erasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person whose names are to go, with the names. */
    record Erasure(UUID personId, List<String> names) {
    }

    void apply(List<Erasure> erasures) {
        for (Erasure erasure : erasures) {
            for (String name : erasure.names()) {
                if (!name.isBlank() && !name.equals(PersonName.ERASED)) {
                    replace(erasure.personId(), name);
                    // The candidacy the person was hired from is known to the timeline by the same name.
                    jdbc.update("update audit_subject set name = ? where name = ? and kind = ?", PersonName.ERASED, name,
                            PipelineDescriber.CANDIDATE);
                }
            }
        }
    }

    /**
     * Every entry that names the person, or holds the name in its words (a change told before the person was linked to
     * it), read and written back with the name replaced. An erasure is rare; reading the entries that hold the text
     * costs one pass over the timeline.
     */
    private void replace(UUID personId, String name) {
        Pattern inWords = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
        String quoted = quoted(name);
        String erased = quoted(PersonName.ERASED);
        jdbc.query("""
                select event_id, subject, summary, before::text, after::text from audit_entry
                where person_ids @> array[cast(? as uuid)] or subject_id = ?
                   or strpos(coalesce(subject, '') || summary || before::text || after::text, ?) > 0
                """, rs -> {
            String subject = rs.getString(2);
            jdbc.update("update audit_entry set subject = ?, summary = ?, before = cast(? as jsonb), after = cast(? as jsonb)"
                            + " where event_id = ?",
                    subject == null ? null : words(inWords, subject), words(inWords, rs.getString(3)),
                    rs.getString(4).replace(quoted, erased), rs.getString(5).replace(quoted, erased), rs.getString(1));
        }, personId, personId, name);
    }

    private static String words(Pattern name, String text) {
        return name.matcher(text).replaceAll(Matcher.quoteReplacement(PersonName.ERASED));
    }

    /** The name as a JSON string, quotes included, as jsonb writes it. */
    private static String quoted(String name) {
        try {
            return JSON.writeValueAsString(name);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
