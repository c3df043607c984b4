package io.cadre.org.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Set-based questions about the command side's timeline, each answered by one query. */
@Component
class TimelineLookups {

    private static final String INFINITY = "'infinity'::date";

    private final JdbcTemplate jdbc;
    private final PersonalDataStore personalData;

    TimelineLookups(JdbcTemplate jdbc, PersonalDataStore personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    boolean teamExists(UUID teamId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from rule_team_state where team_id = ?)", Boolean.class, teamId));
    }

    boolean personExists(UUID personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from rule_person_state where person_id = ?)", Boolean.class, personId));
    }

    /** Whether a team and a person exist. */
    record Known(boolean team, boolean person) {
    }

    Known teamAndPersonExist(UUID teamId, UUID personId) {
        return jdbc.queryForObject("select exists (select 1 from rule_team_state where team_id = ?),"
                + " exists (select 1 from rule_person_state where person_id = ?)",
                (rs, i) -> new Known(rs.getBoolean(1), rs.getBoolean(2)), teamId, personId);
    }

    List<UUID> activeOn(String table, String idColumn, String column, UUID value, LocalDate date) {
        return jdbc.queryForList("select " + idColumn + " from " + table + " where active and " + column + " = ?"
                + " and valid_from <= ? and coalesce(valid_to, " + INFINITY + ") > ? order by " + idColumn,
                UUID.class, value, date, date);
    }

    Optional<UUID> managerOn(UUID personId, LocalDate date) {
        return jdbc.queryForList("select manager_id from rule_person_state where person_id = ? and manager_id is not null"
                + " and valid_from <= ? and coalesce(valid_to, " + INFINITY + ") > ?", UUID.class, personId, date, date)
                .stream().findFirst();
    }

    /**
     * Finds a period in which a reference held by, or pointing at, the subject names a team or person
     * that does not exist yet or exists no more, and says which: of the first of the references that has one.
     * One query asks about all of them.
     */
    Optional<String> inactiveReference(UUID subject, Reference... refs) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (int r = 0; r < refs.length; r++) {
            Reference ref = refs[r];
            parts.add("""
                    (select %7$d as ref, holder, target, valid_from, target_start, target_end from (
                      select h.%2$s as holder, h.%3$s as target, h.valid_from, h.valid_to,
                             (select min(t.valid_from) from %4$s t where t.%5$s = h.%3$s) as target_start,
                             (select min(t.valid_from) from %4$s t where t.%5$s = h.%3$s and not t.active) as target_end
                      from %1$s h
                      where h.active and h.%3$s is not null and (h.%2$s = ? or h.%3$s = ?)) held
                    where target_start is null or target_start > valid_from
                       or (target_end is not null and target_end < coalesce(valid_to, %6$s))
                    order by valid_from limit 1)
                    """.formatted(ref.holderTable, ref.holderId, ref.column, ref.targetTable, ref.targetId, INFINITY, r));
            args.add(subject);
            args.add(subject);
        }
        String sql = "select * from (" + String.join(" union all ", parts) + ") found order by ref limit 1";
        return jdbc.query(sql, (rs, i) -> describeInactive(refs[rs.getInt(1)], rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class)), args.toArray()).stream().findFirst();
    }

    /** Finds the first date from which following the subject's manager (or parent team) leads back to the subject. */
    Optional<String> cycle(Reference ref, UUID subject) {
        String sql = """
                with recursive chain(node, lo, hi, depth) as (
                  select h.%3$s, h.valid_from, h.valid_to, 1 from %1$s h
                  where h.%2$s = ? and h.active and h.%3$s is not null
                  union all
                  select h.%3$s, greatest(c.lo, h.valid_from),
                         case when c.hi is null then h.valid_to when h.valid_to is null then c.hi
                              else least(c.hi, h.valid_to) end,
                         c.depth + 1
                  from chain c join %1$s h on h.%2$s = c.node and h.active and h.%3$s is not null
                   and h.valid_from < coalesce(c.hi, %4$s) and coalesce(h.valid_to, %4$s) > c.lo
                  where c.node <> ? and c.depth < 500)
                select min(lo) from chain where node = ?
                """.formatted(ref.holderTable, ref.holderId, ref.column, INFINITY);
        LocalDate from = jdbc.queryForObject(sql, LocalDate.class, subject, subject, subject);
        if (from == null) {
            return Optional.empty();
        }
        return Optional.of(ref.holderIsPerson()
                ? "This would make a reporting cycle from " + from + ": " + personName(subject)
                        + " would be in their own chain of managers"
                : "This would make a cycle in the team tree from " + from + ": " + teamName(subject)
                        + " would sit inside its own sub-teams");
    }

    /** Finds another team with the same name under the same parent at some date while the subject team has its name. */
    Optional<String> siblingNameClash(UUID teamId) {
        String sql = """
                select t.name, t.parent_id, greatest(s.valid_from, t.valid_from)
                from rule_team_state t join rule_team_state s
                  on s.team_id <> t.team_id and s.active and lower(s.name) = lower(t.name)
                 and s.parent_id is not distinct from t.parent_id
                 and s.valid_from < coalesce(t.valid_to, %1$s) and coalesce(s.valid_to, %1$s) > t.valid_from
                where t.team_id = ? and t.active
                order by 3 limit 1
                """.formatted(INFINITY);
        return jdbc.query(sql, (rs, i) -> {
            UUID parent = rs.getObject(2, UUID.class);
            return "A team named '" + rs.getString(1) + "' already exists "
                    + (parent == null ? "at the top of the organisation" : "under " + teamName(parent))
                    + " on " + rs.getObject(3, LocalDate.class);
        }, teamId).stream().findFirst();
    }

    private String describeInactive(Reference ref, UUID holder, UUID target, LocalDate from, LocalDate targetStart,
                                    LocalDate targetEnd) {
        String holderName = ref.holderIsPerson() ? personName(holder) : teamName(holder);
        String targetName = ref.targetIsPerson() ? personName(target) : teamName(target);
        String link = switch (ref) {
            case MANAGER -> holderName + " would report to " + targetName;
            case MEMBER_TEAM -> holderName + " would be a member of " + targetName;
            case PARENT_TEAM -> holderName + " would sit under " + targetName;
            case TEAM_LEAD -> targetName + " would lead " + holderName;
        };
        String why;
        if (targetStart == null || targetStart.isAfter(from)) {
            why = targetStart == null ? targetName + " does not exist"
                    : targetName + (ref.targetIsPerson() ? " only starts on " : " is only formed on ") + targetStart;
        } else {
            why = targetName + (ref.targetIsPerson() ? " leaves on " : " is dissolved on ") + targetEnd;
        }
        return link + " from " + from + ", but " + why;
    }

    String personName(UUID personId) {
        return personalData.name(personId).orElse("person " + personId);
    }

    String teamName(UUID teamId) {
        return jdbc.query("select name from rule_team_state where team_id = ? and name is not null order by valid_from desc limit 1",
                (rs, i) -> rs.getString(1), teamId).stream().findFirst().orElse("team " + teamId);
    }
}
