package io.cadre.org.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cadre.org.api.FindPeople;
import io.cadre.org.api.FindPeopleByKeys;
import io.cadre.org.api.FindPersonByKey;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetPersonName;
import io.cadre.org.api.ListPersonNames;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.PersonNames;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.PeoplePage;
import io.cadre.org.api.PersonKeys;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TeamDetails;
import io.cadre.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** Answers the organisation's queries from its read models, for today or any other date. */
@Component
class OrgQueries {

    private static final String ON_DATE = "s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)";
    private static final String PERSON_COLUMNS = "s.person_id, s.employee_number, d.name, d.email, s.title, s.team_id,"
            + " s.manager_id, s.level, s.active, s.valid_from";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    OrgQueries(JdbcTemplate jdbc, Clock clock, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @QueryHandler
    TeamDetails handle(GetTeam query) {
        LocalDate today = LocalDate.now(clock);
        Dates dates = dates("chart_team_state", "team_id", query.teamId())
                .orElseThrow(() -> new NotFound("No team with id " + query.teamId()));
        LocalDate asOf = dates.stateDateFor(today);
        return jdbc.queryForObject("""
                select s.team_id, s.name, s.kind, s.mission, s.parent_id, s.lead_id, c.version,
                       (select count(*) from chart_person_state p where p.team_id = s.team_id and p.active
                          and p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?)) as members
                from chart_team_state s join chart_subject c on c.subject_id = s.team_id
                where s.team_id = ? and s.active and %s
                """.formatted(ON_DATE), (rs, i) -> new TeamDetails(rs.getObject(1, UUID.class), rs.getString(2),
                TeamKind.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, UUID.class),
                rs.getObject(6, UUID.class), rs.getInt(8), rs.getLong(7), dates.status(today, "DISSOLVED"),
                dates.start(), dates.end()), today, today, query.teamId(), asOf, asOf);
    }

    @QueryHandler
    PersonName handle(GetPersonName query) {
        // Written with the hire, before its event: a reader following the event store finds it whatever the read models reached.
        return new PersonName(query.personId(), jdbc.query("select coalesce(name, '" + PersonName.ERASED + "') from person_data where person_id = ?",
                (rs, i) -> rs.getString(1), query.personId()).stream().findFirst().orElse(null));
    }

    @QueryHandler
    PersonNames handle(ListPersonNames query) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.query("select person_id, coalesce(name, '" + PersonName.ERASED + "') from person_data",
                (RowCallbackHandler) rs -> names.put(rs.getObject(1, UUID.class), rs.getString(2)));
        return new PersonNames(names);
    }

    @QueryHandler
    PersonDetails handle(GetPerson query) {
        LocalDate today = LocalDate.now(clock);
        Dates dates = dates("chart_person_state", "person_id", query.personId())
                .orElseThrow(() -> new NotFound("No person with id " + query.personId()));
        LocalDate asOf = dates.stateDateFor(today);
        return jdbc.queryForObject("select " + PERSON_COLUMNS + ", c.version from chart_person_state s"
                        + " left join person_data d on d.person_id = s.person_id join chart_subject c on c.subject_id = s.person_id"
                        + " where s.person_id = ? and s.active and " + ON_DATE,
                (rs, i) -> person(rs, dates.start(), dates.status(today, "LEFT"), dates.end(), rs.getLong(11)),
                query.personId(), asOf, asOf);
    }

    @QueryHandler
    List<PersonDetails> handle(FindPersonByKey query) {
        List<UUID> ids = List.of();
        if (query.employeeNumber() != null && !query.employeeNumber().isBlank()) {
            ids = jdbc.queryForList("select distinct person_id from chart_person_state where employee_number = ?", UUID.class,
                    query.employeeNumber().strip());
        }
        if (ids.isEmpty() && query.email() != null && !query.email().isBlank()) {
            ids = jdbc.queryForList("select d.person_id from person_data d where lower(d.email) = lower(?)"
                    + " and exists (select 1 from chart_subject c where c.subject_id = d.person_id)", UUID.class, query.email().strip());
        }
        return ids.stream().limit(1).map(id -> handle(new GetPerson(id))).toList();
    }

    @QueryHandler
    PersonKeys handle(FindPeopleByKeys query) {
        Map<String, UUID> byNumber = new HashMap<>();
        keyed("select k, min(cast(s.person_id as text)) from unnest(cast(? as text[])) k"
                + " join chart_person_state s on s.employee_number = k group by k", query.employeeNumbers(), byNumber);
        Map<String, UUID> byEmail = new HashMap<>();
        keyed("select k, min(cast(d.person_id as text)) from unnest(cast(? as text[])) k join person_data d on lower(d.email) = lower(k)"
                + " where exists (select 1 from chart_subject c where c.subject_id = d.person_id) group by k", query.emails(), byEmail);
        return new PersonKeys(byNumber, byEmail);
    }

    private void keyed(String sql, java.util.Collection<String> keys, Map<String, UUID> into) {
        if (keys.isEmpty()) {
            return;
        }
        String[] values = keys.toArray(String[]::new);
        jdbc.query(con -> {
            var statement = con.prepareStatement(sql);
            statement.setArray(1, con.createArrayOf("text", values));
            return statement;
        }, rs -> {
            into.put(rs.getString(1), UUID.fromString(rs.getString(2)));
        });
    }

    @QueryHandler
    PeoplePage handle(FindPeople query) {
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        StringBuilder where = new StringBuilder(" where s.active and " + ON_DATE);
        List<Object> args = new ArrayList<>(List.of(asOf, asOf));
        if (query.teamId() != null) {
            where.append(" and s.team_id = ?");
            args.add(query.teamId());
        }
        ScopeSql scope = new ScopeSql();
        if (query.q() != null && !query.q().isBlank()) {
            String pattern = "%" + query.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.addAll(List.of(pattern, pattern));
            where.append(" and (d.name ilike ? or s.title ilike ? or (").append(scope.covers("s.person_id", args))
                    .append(" and (d.email ilike ? or s.employee_number ilike ?)))");
            args.addAll(List.of(pattern, pattern));
        }
        String from = " from chart_person_state s left join person_data d on d.person_id = s.person_id"
                + " join chart_subject c on c.subject_id = s.person_id";
        Long total = jdbc.queryForObject("select count(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<PersonDetails> items = jdbc.query("select " + PERSON_COLUMNS + ", c.version,"
                        + " (select min(f.valid_from) from chart_person_state f where f.person_id = s.person_id)" + from + where
                        + " order by lower(d.name), s.person_id limit ? offset ?",
                (rs, i) -> scope.shown(person(rs, rs.getObject(12, LocalDate.class), "ACTIVE", null, rs.getLong(11))),
                pageArgs.toArray());
        return new PeoplePage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    @QueryHandler
    List<HistoryEntry> handle(GetHistory query) {
        return jdbc.query("select recorded_at, effective_date, type, actor, reason, details, event_id from history_entry"
                        + " where subject_id = ? order by position",
                (rs, i) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), details(rs.getString(6)), rs.getString(7)),
                query.subjectId());
    }

    private Map<String, Object> details(String text) {
        try {
            return json.readValue(text, new TypeReference<>() { });
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable history entry", e);
        }
    }

    private Optional<Dates> dates(String table, String idColumn, UUID id) {
        return jdbc.query("select min(valid_from), min(valid_from) filter (where not active) from " + table
                        + " where " + idColumn + " = ? having count(*) > 0",
                (rs, i) -> new Dates(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)), id)
                .stream().findFirst();
    }

    private static PersonDetails person(ResultSet rs, LocalDate start, String status, LocalDate leftOn, long version)
            throws SQLException {
        return new PersonDetails(rs.getObject(1, UUID.class), rs.getString(2), displayName(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8), start,
                status, leftOn, version);
    }

    private static String displayName(String name) {
        return name == null ? PersonName.ERASED : name;
    }

    /** When a team or person starts and ends, and which of its dated states to show on a given day. */
    private record Dates(LocalDate start, LocalDate end) {

        LocalDate stateDateFor(LocalDate today) {
            if (today.isBefore(start)) {
                return start;
            }
            return end != null && !today.isBefore(end) ? end.minusDays(1) : today;
        }

        String status(LocalDate today, String ended) {
            if (today.isBefore(start)) {
                return "FUTURE";
            }
            return end != null && !today.isBefore(end) ? ended : "ACTIVE";
        }
    }
}
