package io.cadre.ladder.command;

import io.cadre.ladder.api.LadderContent;
import io.cadre.org.api.LevelCatalog;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's own record of ladder codes and of the levels in force, written in the command's
 * transaction, so that codes stay unique and people's levels are judged against what is published.
 */
@Component
class LadderRegistry implements LevelCatalog {

    private final JdbcTemplate jdbc;

    LadderRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void claimCode(String code, UUID ladderId) {
        int inserted = jdbc.update("insert into ladder_code (code, ladder_id) values (?, ?) on conflict do nothing", code, ladderId);
        if (inserted == 0) {
            throw new RuleViolation("A ladder with the code " + code + " already exists");
        }
    }

    /** Puts a newly published version's levels in force in place of the previous version's. */
    void publish(String code, int version, LadderContent content) {
        jdbc.update("delete from ladder_level_in_force where ladder_code = ?", code);
        List<Object[]> rows = content.levels().stream()
                .map(l -> new Object[] {code, l.code(), version, l.retired()}).toList();
        jdbc.batchUpdate("insert into ladder_level_in_force (ladder_code, level_code, version, retired) values (?, ?, ?, ?)", rows);
    }

    @Override
    public Integer judge(String field, String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        Boolean anyPublished = jdbc.queryForObject("select exists (select 1 from ladder_level_in_force)", Boolean.class);
        if (!Boolean.TRUE.equals(anyPublished)) {
            return null;
        }
        String[] parts = level.strip().split("/", 2);
        if (parts.length < 2) {
            throw InvalidInput.of(field, "must be written <ladder code>/<level code>, such as engineering/senior-1, now that ladders are published");
        }
        record InForce(int version, boolean retired) {
        }
        List<InForce> found = jdbc.query("select version, retired from ladder_level_in_force where ladder_code = ? and level_code = ?",
                (rs, row) -> new InForce(rs.getInt(1), rs.getBoolean(2)), parts[0], parts[1]);
        if (found.isEmpty()) {
            throw InvalidInput.of(field, "no published ladder has the level " + level.strip());
        }
        if (found.getFirst().retired()) {
            throw new RuleViolation("The level " + level.strip() + " is retired in version " + found.getFirst().version()
                    + " of its ladder and takes no one new");
        }
        return found.getFirst().version();
    }
}
