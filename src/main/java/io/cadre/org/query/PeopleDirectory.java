package io.cadre.org.query;

import io.cadre.org.api.PersonName;
import io.cadre.org.api.ListPeople;
import io.cadre.org.api.PeopleOrder;
import io.cadre.org.api.PeoplePage;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.PersonStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the people directory's filtered, sorted pages from the org chart's dated states, in one query per page. */
@Component
class PeopleDirectory {

    private static final String ON_DATE = "s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PeopleDirectory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    PeoplePage handle(ListPeople query) {
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);
        List<Object> args = new ArrayList<>();
        ScopeSql scope = new ScopeSql();
        String from = fromAndWhere(query, asOf, args, scope);
        Long total = jdbc.queryForObject("select count(*)" + from, Long.class, args.toArray());
        String order = query.orderBy() == PeopleOrder.LEVEL
                ? "case when " + scope.covers("s.person_id", args) + " then s.level end" : column(query.orderBy());
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<PersonDetails> items = jdbc.query("select s.person_id, s.employee_number, d.name, d.email, s.title, s.team_id,"
                + " s.manager_id, s.level, s.active, s.valid_from, c.version, st.started" + from
                + " order by " + order + (query.descending() ? " desc" : " asc")
                + " nulls last, lower(d.name), s.person_id limit ? offset ?", (rs, i) -> {
                    boolean active = rs.getBoolean(9);
                    String name = rs.getString(3);
                    return scope.shown(new PersonDetails(rs.getObject(1, UUID.class), rs.getString(2), name == null ? PersonName.ERASED : name,
                            rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class),
                            rs.getString(8), rs.getObject(12, LocalDate.class), active ? "ACTIVE" : "LEFT",
                            active ? null : rs.getObject(10, LocalDate.class), rs.getLong(11)));
                }, args.toArray());
        return new PeoplePage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private static String fromAndWhere(ListPeople query, LocalDate asOf, List<Object> args, ScopeSql scope) {
        StringBuilder sql = new StringBuilder(" from chart_person_state s left join person_data d on d.person_id = s.person_id")
                .append(" join chart_subject c on c.subject_id = s.person_id")
                .append(" left join chart_team_state ts on ts.team_id = s.team_id and ts.valid_from <= ?")
                .append(" and (ts.valid_to is null or ts.valid_to > ?)")
                .append(" left join person_data md on md.person_id = s.manager_id")
                .append(" cross join lateral (select min(f.valid_from) as started from chart_person_state f")
                .append(" where f.person_id = s.person_id) st where ").append(ON_DATE);
        args.addAll(List.of(asOf, asOf, asOf, asOf));
        if (query.status() != null) {
            sql.append(query.status() == PersonStatus.ACTIVE ? " and s.active" : " and not s.active");
        }
        if (query.teamId() != null) {
            // The team and every team below it on that date.
            sql.append(" and s.team_id in (with recursive below(team_id) as (select cast(? as uuid) union")
                    .append(" select t.team_id from chart_team_state t join below b on t.parent_id = b.team_id")
                    .append(" where t.active and t.valid_from <= ? and (t.valid_to is null or t.valid_to > ?))")
                    .append(" select team_id from below)");
            args.addAll(List.of(query.teamId(), asOf, asOf));
        }
        if (query.level() != null && !query.level().isBlank()) {
            sql.append(" and s.level = ?");
            args.add(query.level());
            sql.append(" and ").append(scope.covers("s.person_id", args));
        }
        if (query.managerId() != null) {
            sql.append(" and s.manager_id = ?");
            args.add(query.managerId());
        }
        if (query.startedFrom() != null) {
            sql.append(" and st.started >= ?");
            args.add(query.startedFrom());
        }
        if (query.startedTo() != null) {
            sql.append(" and st.started <= ?");
            args.add(query.startedTo());
        }
        if (query.q() != null && !query.q().isBlank()) {
            String pattern = "%" + query.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.addAll(List.of(pattern, pattern));
            sql.append(" and (d.name ilike ? or s.title ilike ? or (").append(scope.covers("s.person_id", args))
                    .append(" and (d.email ilike ? or s.employee_number ilike ?)))");
            args.addAll(List.of(pattern, pattern));
        }
        return sql.toString();
    }

    private static String column(PeopleOrder order) {
        return switch (order == null ? PeopleOrder.NAME : order) {
            case NAME -> "lower(d.name)";
            case TITLE -> "lower(s.title)";
            case TEAM -> "lower(ts.name)";
            case MANAGER -> "lower(md.name)";
            case LEVEL -> "s.level";
            case START_DATE -> "st.started";
        };
    }
}
