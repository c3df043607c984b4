package io.cadre.org.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cadre.org.api.OrgChart;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What recent rehearsals found, so that the same plan asked again (a scenario's chart, then its impact, then its
 * conflicts, or the page reloaded) is not played again. A play is the same when its commands are equal, its sender
 * has the same name and roles (a refusal can be theirs), and the live log has not grown: the key holds the live
 * sequence of global indexes, which every live append moves and no rehearsal does. A plan is rehearsed in one
 * transaction that reads committed rows statement by statement, so a live append committed during the pass can be
 * missed by it; entries therefore also expire after a short while.
 */
@Component
class RehearsalMemory {

    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final long CHART_BOXES = 100_000;

    /** One plan as one sender tries it on one state of the live log. */
    record Play(List<Object> commands, String sender, Set<String> roles, long logHead) {
    }

    private record ChartKey(Play play, LocalDate date, UUID rootTeamId) {
    }

    private final JdbcTemplate jdbc;
    private final Cache<Play, List<RuntimeException>> refusals = Caffeine.newBuilder().maximumSize(256).expireAfterWrite(KEPT).build();
    /** Charts weigh their boxes: a few of a large organisation, or many small subtrees. */
    private final Cache<ChartKey, OrgChart> charts = Caffeine.newBuilder()
            .maximumWeight(CHART_BOXES).<ChartKey, OrgChart>weigher((key, chart) -> 1 + chart.people().size() + chart.teams().size())
            .expireAfterWrite(KEPT).build();

    RehearsalMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The play of these commands, by the signed-in user, on the live log as it stands. */
    Play play(List<Object> commands) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String sender = user == null ? null : user.getName();
        Set<String> roles = user == null ? Set.of()
                : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        // last_value moves on every nextval, committed or not, so any live append since changes the key.
        Long head = jdbc.queryForObject("select case when is_called then last_value else 0 end from domain_event_entry_global_index_seq",
                Long.class);
        return new Play(Collections.unmodifiableList(new ArrayList<>(commands)), sender, roles, Objects.requireNonNull(head));
    }

    /** The refusals the play met, per command (null where it stood), or null when it has not been played lately. */
    List<RuntimeException> refusals(Play play) {
        return refusals.getIfPresent(play);
    }

    /** The chart the play drew on the date, or null. */
    OrgChart chart(Play play, LocalDate date, UUID rootTeamId) {
        return charts.getIfPresent(new ChartKey(play, date, rootTeamId));
    }

    void remember(Play play, List<RuntimeException> found, LocalDate date, UUID rootTeamId, OrgChart chart) {
        refusals.put(play, Collections.unmodifiableList(new ArrayList<>(found)));
        if (date != null && chart != null) {
            charts.put(new ChartKey(play, date, rootTeamId), chart);
        }
    }
}
