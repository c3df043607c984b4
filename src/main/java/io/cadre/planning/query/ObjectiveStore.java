package io.cadre.planning.query;

import io.cadre.planning.api.CheckInDetails;
import io.cadre.planning.api.Confidence;
import io.cadre.planning.api.KeyResultDetails;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.ObjectiveSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.cadre.platform.projection.RecordTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads objectives from their read model and folds each one's dated changes into the objective as it stood on a date:
 * three statements for any number of objectives.
 */
@Component
class ObjectiveStore {

    private final JdbcTemplate jdbc;

    ObjectiveStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What names a team on the date asked about, and whether it was dissolved by then. */
    interface TeamLookup {
        String name(UUID teamId);

        boolean dissolved(UUID teamId);
    }

    private record Fixed(UUID id, UUID teamId, String period, UUID carriedFrom, LocalDate writtenOn, LocalDate periodEnd) {
    }

    /** The objectives written by {@code asOf} that {@code where} (a condition on {@code o}) selects, in the order of the period and team. */
    List<ObjectiveDetails> find(String where, List<Object> args, LocalDate asOf, TeamLookup teams) {
        return find(where, args, asOf, null, teams);
    }

    /**
     * The same as Cadre knew them at {@code recordedAt} (null: now): only the objectives whose writing was recorded by
     * then, each folded from the changes recorded by then.
     */
    List<ObjectiveDetails> find(String where, List<Object> args, LocalDate asOf, Instant recordedAt, TeamLookup teams) {
        return find(where, args, asOf, recordedAt, teams, "", false);
    }

    /**
     * What {@link #find(String, List, LocalDate, Instant, TeamLookup)} finds, summed up: only the latest check-in of each
     * key result is read, which is all its current value, progress and confidence need.
     */
    List<ObjectiveSummary> summaries(String where, List<Object> args, LocalDate asOf, Instant recordedAt, TeamLookup teams) {
        return find(where, args, asOf, recordedAt, teams, "", true).stream().map(ObjectiveSummary::of).toList();
    }

    /** One page of what {@link #find(String, List, LocalDate, TeamLookup)} finds, in its order: only the page is folded. */
    List<ObjectiveDetails> page(String where, List<Object> args, LocalDate asOf, TeamLookup teams, int page, int size) {
        return find(where, args, asOf, null, teams, " limit " + size + " offset " + (long) page * size, false);
    }

    /** How many objectives {@link #find(String, List, LocalDate, TeamLookup)} finds. */
    long count(String where, List<Object> args, LocalDate asOf) {
        List<Object> all = new ArrayList<>(args);
        all.add(asOf);
        return jdbc.queryForObject("select count(*) from objective o where " + where + " and o.written_on <= ?", Long.class, all.toArray());
    }

    private List<ObjectiveDetails> find(String where, List<Object> args, LocalDate asOf, Instant recordedAt, TeamLookup teams,
                                        String slice, boolean latestCheckIns) {
        List<Object> all = new ArrayList<>(args);
        all.add(asOf);
        Timestamp known = recordedAt == null ? null : Timestamp.from(recordedAt);
        if (known != null) {
            all.add(known);
        }
        String recorded = known == null ? "" : " and " + RecordTime.recordedBy("k");
        List<Fixed> fixed = jdbc.query("select o.id, o.team_id, o.period, o.carried_from, o.written_on, o.period_end from objective o where "
                + where + " and o.written_on <= ?"
                + (known == null ? "" : " and exists (select 1 from objective_change k where k.objective_id = o.id and k.seq = 0" + recorded + ")")
                + " order by o.period_start, o.period_end desc, o.team_id, o.written_on, o.id" + slice,
                (rs, i) -> new Fixed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)), all.toArray());
        if (fixed.isEmpty()) {
            return List.of();
        }
        Object[] ids = fixed.stream().map(Fixed::id).toArray();
        Map<UUID, Long> versions = new HashMap<>();
        if (!latestCheckIns) {
            jdbc.query(con -> {
                var statement = con.prepareStatement("select objective_id, max(seq) from objective_change k where objective_id = any(?)"
                        + recorded + " group by objective_id");
                statement.setArray(1, con.createArrayOf("uuid", ids));
                if (known != null) {
                    statement.setTimestamp(2, known);
                }
                return statement;
            }, rs -> {
                versions.put(rs.getObject(1, UUID.class), rs.getLong(2));
            });
        }
        Map<UUID, Fold> folds = new LinkedHashMap<>();
        fixed.forEach(f -> folds.put(f.id(), new Fold()));
        String columns = "objective_id, type, key_result_id, title, description, unit, start_value, target_value, value, confidence, note,"
                + " status, parent_id, effective_date, actor, recorded_at, seq, item";
        String changes = " from objective_change k where objective_id = any(?) and effective_date <= ?" + recorded;
        String sql = latestCheckIns
                ? "select * from (select " + columns + changes + " and type <> 'CheckInRecorded' union all (select distinct on"
                        + " (key_result_id) " + columns + changes + " and type = 'CheckInRecorded'"
                        + " order by key_result_id, effective_date desc, seq desc, item desc)) k"
                : "select " + columns + changes;
        int parts = latestCheckIns ? 2 : 1;
        jdbc.query(con -> {
            var statement = con.prepareStatement(sql + " order by objective_id, effective_date, seq, item");
            int p = 1;
            for (int part = 0; part < parts; part++) {
                statement.setArray(p++, con.createArrayOf("uuid", ids));
                statement.setObject(p++, asOf);
                if (known != null) {
                    statement.setTimestamp(p++, known);
                }
            }
            return statement;
        }, rs -> {
            folds.get(rs.getObject(1, UUID.class)).add(rs);
        });
        return fixed.stream().map(f -> folds.get(f.id()).view(f, versions.getOrDefault(f.id(), 0L), asOf, teams)).toList();
    }

    /** One objective's changes, folded in the order they take effect. */
    private static final class Fold {
        private String title;
        private String description;
        private ObjectiveStatus status = ObjectiveStatus.DRAFT;
        private UUID parentId;
        private final Map<UUID, String[]> keyResults = new LinkedHashMap<>();
        private final Map<UUID, List<CheckInDetails>> checkIns = new HashMap<>();
        private final Set<UUID> positions = new LinkedHashSet<>();

        void add(ResultSet rs) throws SQLException {
            String type = rs.getString(2);
            switch (type) {
                case "ObjectiveWritten" -> {
                    title = rs.getString(4);
                    description = rs.getString(5);
                    parentId = rs.getObject(13, UUID.class);
                }
                case "ObjectiveStatusChanged" -> status = ObjectiveStatus.valueOf(rs.getString(12));
                case "ObjectiveAligned" -> parentId = rs.getObject(13, UUID.class);
                case "KeyResultWritten", "KeyResultAdded", "KeyResultRevised" -> keyResults.put(rs.getObject(3, UUID.class),
                        new String[] {rs.getString(4), rs.getString(6), rs.getString(7), rs.getString(8)});
                case "CheckInRecorded" -> checkIns.computeIfAbsent(rs.getObject(3, UUID.class), k -> new ArrayList<>())
                        .add(new CheckInDetails(rs.getObject(14, LocalDate.class), rs.getBigDecimal(9),
                                Confidence.valueOf(rs.getString(10)), rs.getString(11), rs.getString(15),
                                rs.getTimestamp(16).toInstant()));
                case "NeededPositionAdded" -> positions.add(rs.getObject(3, UUID.class));
                case "NeededPositionRemoved" -> positions.remove(rs.getObject(3, UUID.class));
                default -> throw new IllegalStateException("Unknown objective change " + type);
            }
        }

        ObjectiveDetails view(Fixed fixed, long version, LocalDate asOf, TeamLookup teams) {
            List<KeyResultDetails> views = new ArrayList<>();
            keyResults.forEach((id, kr) -> views.add(keyResult(id, kr, checkIns.getOrDefault(id, List.of()))));
            Double progress = views.isEmpty() ? null : views.stream().mapToDouble(KeyResultDetails::progress).average().orElse(0);
            return new ObjectiveDetails(fixed.id(), fixed.teamId(), teams.name(fixed.teamId()), fixed.period(), title, description, status,
                    parentId, fixed.carriedFrom(), progress, List.copyOf(views), fixed.writtenOn(), version,
                    teams.dissolved(fixed.teamId()), fixed.periodEnd().isBefore(asOf), List.copyOf(positions));
        }

        private static KeyResultDetails keyResult(UUID id, String[] kr, List<CheckInDetails> checkIns) {
            BigDecimal start = new BigDecimal(kr[2]);
            BigDecimal target = new BigDecimal(kr[3]);
            CheckInDetails latest = checkIns.isEmpty() ? null : checkIns.getLast();
            BigDecimal current = latest == null ? start : latest.value();
            return new KeyResultDetails(id, kr[0], kr[1], start, target, current, progress(start, target, current),
                    latest == null ? null : latest.confidence(), List.copyOf(checkIns));
        }
    }

    /** {@code (current - start) / (target - start)}, held to 0..1. */
    static double progress(BigDecimal start, BigDecimal target, BigDecimal current) {
        BigDecimal span = target.subtract(start);
        if (span.signum() == 0) {
            return current.compareTo(target) == 0 ? 1 : 0;
        }
        double share = current.subtract(start).divide(span, 6, RoundingMode.HALF_EVEN).doubleValue();
        return Math.max(0, Math.min(1, share));
    }

    static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }
}
