package io.cadre.reports.query;

import io.cadre.platform.projection.KeptAnswers;
import io.cadre.platform.projection.RecordTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the reports' tables: the dated facts of teams and people up to a date, the ladders' levels, the positions and
 * the promotion cases; each, given an instant, as Cadre knew it then ({@link RecordTime}).
 */
@Component
class FactLog {

    /** A level of a published ladder: its title, its tracks' codes and names, and its rank. */
    record LevelInfo(String key, String title, String trackKey, String trackName, String ladder, int order) {
    }

    /** A position: what it was opened for and when, and its statuses from their dates, in order. */
    record PositionFacts(UUID id, UUID teamId, String level, String title, LocalDate openedOn, List<Status> statuses) {

        /** Its status on a date, or null before it was opened. */
        String statusOn(LocalDate date) {
            String status = null;
            for (Status s : statuses) {
                if (!s.date().isAfter(date)) {
                    status = s.status();
                }
            }
            return status;
        }
    }

    /** A promotion case: the person nominated, the level they were nominated to, and its statuses from their dates, in order. */
    record PromotionFacts(UUID id, UUID personId, String targetLevel, List<Status> statuses) {
    }

    /** A status a position or a promotion case took from a date. */
    record Status(LocalDate date, String status) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate reading;
    /** Every fact in effect, as the reports' processor had written them at its tokens then. */
    private final KeptAnswers<Boolean, Facts> inEffect;

    FactLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(10_000);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.inEffect = new KeptAnswers<>(jdbc, processing, ReportProjection.GROUP, 1);
    }

    /**
     * The facts of teams and people, each subject's in the order they apply (date, then event number), at least up to
     * {@code upTo}; with {@code recordedAt}, only those recorded by that instant, as Cadre knew them then.
     *
     * <p>As effective now, the whole log is kept in memory ({@link KeptAnswers}) while the reports' processor's tokens
     * stand still: every report folds the kept log without reading it again; once they move, the next report reads it
     * afresh.
     */
    Facts facts(LocalDate upTo, Instant recordedAt) {
        if (recordedAt != null) {
            return read(" and c.valid_from <= ? and " + RecordTime.known("c"), upTo, Timestamp.from(recordedAt), Timestamp.from(recordedAt));
        }
        // A retracted fact counts only as recorded before it was retracted.
        return inEffect.get(true, () -> read(" and retracted_at is null"));
    }

    private Facts read(String condition, Object... args) {
        Facts.Reader reader = new Facts.Reader();
        reading.executeWithoutResult(status -> streaming.query("select subject_id, kind, valid_from, field, value from report_change c"
                + " where true" + condition
                // A hire or a departure is counted after the other fields its event sets (its team, for one).
                + " order by valid_from, subject_id, seq, case when field in ('hired', 'left') then 1 else 0 end, field",
                reader::add, args));
        return reader.facts();
    }

    /** Whether any fact about this team was recorded. */
    boolean knowsTeam(UUID teamId) {
        Boolean known = jdbc.queryForObject("select exists (select 1 from report_change where subject_id = ? and kind = 'T')",
                Boolean.class, teamId);
        return Boolean.TRUE.equals(known);
    }

    /** The levels of the published ladders, by their full name ({@code ladder/level}). */
    Map<String, LevelInfo> levels() {
        Map<String, String> trackNames = new HashMap<>();
        jdbc.query("select ladder_code, track_code, name from report_track",
                rs -> {
                    trackNames.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                });
        Map<String, LevelInfo> levels = new HashMap<>();
        jdbc.query("select ladder_code, level_code, title, tracks, ord from report_level", rs -> {
            String ladder = rs.getString(1);
            String tracks = rs.getString(4) == null ? "" : rs.getString(4);
            List<String> keys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String track : tracks.split(",")) {
                if (!track.isBlank()) {
                    keys.add(ladder + "/" + track);
                    names.add(trackNames.getOrDefault(ladder + "/" + track, track));
                }
            }
            String key = ladder + "/" + rs.getString(2);
            levels.put(key, new LevelInfo(key, rs.getString(3), keys.isEmpty() ? null : String.join("+", keys),
                    names.isEmpty() ? null : String.join(" & ", names), ladder, rs.getInt(5)));
        });
        return levels;
    }

    /**
     * Every position opened on or before {@code upTo}, with its statuses up to then; with {@code recordedAt}, only the
     * statuses recorded by that instant, and only the positions whose opening was.
     */
    List<PositionFacts> positionsUpTo(LocalDate upTo, Instant recordedAt) {
        Map<UUID, List<Status>> statuses = new HashMap<>();
        Map<UUID, Object[]> cases = statuses("report_position_status", "position_id", "", upTo, recordedAt, statuses);
        List<PositionFacts> positions = new ArrayList<>();
        jdbc.query("select position_id, team_id, level, title, opened_on from report_position where opened_on <= ?", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            if (cases.containsKey(id)) {
                positions.add(new PositionFacts(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), statuses.get(id)));
            }
        }, upTo);
        return positions;
    }

    /** Every promotion case nominated on or before {@code upTo}, with its statuses up to then; with {@code recordedAt}, as known then. */
    List<PromotionFacts> promotionsUpTo(LocalDate upTo, Instant recordedAt) {
        Map<UUID, List<Status>> statuses = new HashMap<>();
        Map<UUID, Object[]> cases = statuses("report_promotion_status", "promotion_id", ", person_id, target_level", upTo, recordedAt,
                statuses);
        List<PromotionFacts> promotions = new ArrayList<>();
        cases.forEach((id, named) -> {
            if (named[0] != null) {
                promotions.add(new PromotionFacts(id, (UUID) named[0], (String) named[1], statuses.get(id)));
            }
        });
        return promotions;
    }

    /**
     * Reads the statuses of one kind of case, each case's in the order they apply (date, then event number), into
     * {@code statuses}, and answers the cases that have any with the {@code extra} columns of the first status that has them.
     */
    private Map<UUID, Object[]> statuses(String table, String id, String extra, LocalDate upTo, Instant recordedAt,
                                         Map<UUID, List<Status>> statuses) {
        Map<UUID, Object[]> first = new HashMap<>();
        List<Object> args = new ArrayList<>(List.of(upTo));
        if (recordedAt != null) {
            args.add(Timestamp.from(recordedAt));
        }
        int columns = extra.isEmpty() ? 0 : extra.split(",").length - 1;
        jdbc.query("select " + id + ", valid_from, status" + extra + " from " + table + " s where valid_from <= ?"
                + (recordedAt == null ? "" : " and " + RecordTime.recordedBy("s")) + " order by " + id + ", valid_from, seq", rs -> {
                    UUID key = rs.getObject(1, UUID.class);
                    statuses.computeIfAbsent(key, k -> new ArrayList<>()).add(new Status(rs.getObject(2, LocalDate.class), rs.getString(3)));
                    Object[] values = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        values[c] = rs.getObject(4 + c);
                    }
                    // The first status that names them (a decision does too, should it be dated before its nomination).
                    if (!first.containsKey(key) || columns > 0 && first.get(key)[0] == null) {
                        first.put(key, values);
                    }
                }, args.toArray());
        return first;
    }
}
