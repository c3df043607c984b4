package io.cadre.ladder.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderSummary;
import io.cadre.ladder.api.LadderVersionInfo;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the ladder read model: ladders, their drafts and their published versions. */
@Component
class LadderStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    LadderStore(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<LadderSummary> all() {
        return jdbc.query("select id, code, name, latest_version, draft_pending, updated_at from ladder_view order by name, code",
                (rs, row) -> new LadderSummary(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                        (Integer) rs.getObject("latest_version"), rs.getBoolean("draft_pending"),
                        rs.getTimestamp("updated_at").toInstant()));
    }

    LadderDetails ladder(UUID id) {
        return find("id = ?", id).orElseThrow(() -> new NotFound("No ladder with id " + id));
    }

    Optional<LadderDetails> byCode(String code) {
        return find("code = ?", code);
    }

    LadderContent version(UUID ladderId, int version) {
        List<String> found = jdbc.queryForList("select content::text from ladder_version where ladder_id = ? and version = ?",
                String.class, ladderId, version);
        if (found.isEmpty()) {
            throw new NotFound("Ladder " + ladderId + " has no version " + version);
        }
        return content(found.getFirst());
    }

    /** The latest published version of every ladder, by code. */
    Map<String, LadderContent> publishedByCode() {
        Map<String, LadderContent> ladders = new HashMap<>();
        jdbc.query("""
                select l.code, v.content::text from ladder_view l join ladder_version v on v.ladder_id = l.id and v.version = l.latest_version
                """, (ResultSet rs) -> {
            ladders.put(rs.getString(1), content(rs.getString(2)));
        });
        return ladders;
    }

    private Optional<LadderDetails> find(String where, Object key) {
        List<LadderDetails> found = jdbc.query("select id, code, name, latest_version, draft_pending, draft::text, version from ladder_view where " + where,
                (rs, row) -> view(rs), key);
        return found.stream().findFirst();
    }

    private LadderDetails view(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Integer latest = (Integer) rs.getObject("latest_version");
        LadderContent draft = content(rs.getString("draft"));
        LadderContent published = latest == null ? null : version(id, latest);
        List<LadderVersionInfo> versions = jdbc.query(
                "select version, published_at, published_by, reason from ladder_version where ladder_id = ? order by version desc",
                (v, row) -> new LadderVersionInfo(v.getInt(1), v.getTimestamp(2).toInstant(), v.getString(3), v.getString(4)), id);
        boolean pending = rs.getBoolean("draft_pending");
        return new LadderDetails(id, rs.getString("code"), rs.getString("name"), latest, pending, draft, published,
                pending ? VersionChanges.between(published, draft) : List.of(), versions, rs.getLong("version"));
    }

    private LadderContent content(String text) {
        try {
            return json.readValue(text, LadderContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable ladder content", e);
        }
    }
}
