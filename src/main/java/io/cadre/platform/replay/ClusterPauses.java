package io.cadre.platform.replay;

import io.cadre.platform.axon.ClusterSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processing groups paused on every node that shares the database, for as long as one node rebuilds them. The node that
 * rebuilds marks the groups in {@code processor_pause}; every other node's watcher, once a second, stops its own
 * processors of a marked group (which releases their token claims) and starts them again once the mark is gone. The
 * rebuilding node waits until no other node holds a live claim on the groups' tokens before it resets them.
 *
 * <p>A mark lasts a lease that the node that set it renews each second while it holds it: a node that dies mid-rebuild
 * leaves a mark that lapses, and the other nodes start their processors again on their own.
 */
@Component
class ClusterPauses {

    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ClusterPauses.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventProcessingConfiguration processing;
    private final ClusterSettings cluster;
    /** The groups this node has marked, for its own rebuild. */
    private final Set<String> marked = ConcurrentHashMap.newKeySet();
    /** This node's processors it stopped because another node marked their group. */
    private final Set<String> stoppedHere = ConcurrentHashMap.newKeySet();

    ClusterPauses(JdbcTemplate jdbc, TransactionTemplate transaction, EventProcessingConfiguration processing, ClusterSettings cluster) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.processing = processing;
        this.cluster = cluster;
    }

    /**
     * Marks the groups paused by this node, all or none. Each mark is taken in one statement that only takes a group no
     * other node holds a live mark on, so of two nodes marking the same group at the same instant one gets it.
     *
     * @throws RebuildFailed when another node holds a live mark on one of them: its rebuild is running
     */
    void pause(Collection<String> groups) {
        List<String> held = transaction.execute(status -> {
            List<String> taken = jdbc.queryForList("""
                    insert into processor_pause (processor_name, paused_by, until)
                    select name, ?, now() + make_interval(secs => ?) from unnest(cast(? as text[])) as name
                    on conflict (processor_name) do update set paused_by = excluded.paused_by, until = excluded.until
                    where processor_pause.paused_by = excluded.paused_by or processor_pause.until <= now()
                    returning processor_name""", String.class, cluster.nodeId(), LEASE.toSeconds(), groups.toArray(String[]::new));
            if (taken.size() == groups.size()) {
                return List.of();
            }
            status.setRollbackOnly();
            return jdbc.queryForList("select processor_name || ' (by ' || paused_by || ')' from processor_pause"
                    + " where processor_name = any(?) and paused_by <> ? and until > now()",
                    String.class, groups.toArray(String[]::new), cluster.nodeId());
        });
        if (!held.isEmpty()) {
            throw new RebuildFailed(null, null, "Another node is rebuilding " + String.join(", ", held), null);
        }
        marked.addAll(groups);
    }

    /**
     * Waits until no other node holds a live claim on a segment of these processors.
     *
     * @throws RebuildFailed when one still does after {@code patience}
     */
    void awaitReleased(Collection<String> processors, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> holders = holders(processors);
        while (!holders.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new RebuildFailed(null, null, "Other nodes still hold " + String.join(", ", holders) + " after " + patience, null);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            holders = holders(processors);
        }
    }

    /** Lifts this node's marks on the groups: the other nodes start their processors again within a second. */
    void resume(Collection<String> groups) {
        marked.removeAll(groups);
        jdbc.update("delete from processor_pause where processor_name = any(?) and paused_by = ?", groups.toArray(String[]::new),
                cluster.nodeId());
    }

    /** The segments of these processors that another node claims, and has renewed within the claim timeout. */
    private List<String> holders(Collection<String> processors) {
        Instant stale = Instant.now().minus(cluster.claimTimeout());
        return jdbc.query("select processor_name, segment, owner, timestamp from token_entry where processor_name = any(?)"
                + " and owner is not null and owner <> ?", (rs, i) -> {
                    Instant renewed = Instant.parse(rs.getString(4));
                    return renewed.isAfter(stale) ? rs.getString(1) + " segment " + rs.getInt(2) + " (" + rs.getString(3) + ")" : null;
                }, processors.toArray(String[]::new), cluster.nodeId()).stream().filter(holder -> holder != null).toList();
    }

    /** Renews this node's marks, stops the processors another node has marked, and starts those whose mark is gone. */
    @Scheduled(fixedDelayString = "${cadre.cluster.pause-check:1s}")
    void watch() {
        Set<String> pausedElsewhere;
        try {
            if (!marked.isEmpty()) {
                jdbc.update("update processor_pause set until = now() + make_interval(secs => ?) where processor_name = any(?) and paused_by = ?",
                        LEASE.toSeconds(), marked.toArray(String[]::new), cluster.nodeId());
            }
            pausedElsewhere = new HashSet<>(jdbc.queryForList(
                    "select processor_name from processor_pause where paused_by <> ? and until > now()", String.class, cluster.nodeId()));
        } catch (DataAccessException e) {
            // The database is out of reach: the processors cannot move on either; look again at the next tick.
            return;
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                return;
            }
            if (pausedElsewhere.contains(name) && !stoppedHere.contains(name) && !marked.contains(name)) {
                log.info("Another node is rebuilding {}: stopping it here until that ends", name);
                stoppedHere.add(name);
                streaming.shutDown();
            } else if (!pausedElsewhere.contains(name) && stoppedHere.remove(name)) {
                log.info("The rebuild of {} on another node has ended: starting it here again", name);
                streaming.start();
            }
        });
    }
}
