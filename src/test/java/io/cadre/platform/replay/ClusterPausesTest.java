package io.cadre.platform.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.platform.axon.ClusterSettings;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild acts on every node that shares the database. Another node is stood in for by its rows: its pause of a
 * group, which this node obeys by stopping its own processor of that group and starting it again once the pause is
 * lifted or lapses, and which refuses this node's rebuild of the same group meanwhile. Two real nodes rebuilding
 * while both run are in {@code FaultToleranceTest}.
 */
@IntegrationTest
class ClusterPausesTest {

    private static final String GROUP = "audit";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void liftPauses() {
        jdbc.update("delete from processor_pause");
        awaitRunning(true);
    }

    @Test
    void anotherNodesPauseStopsTheGroupHereUntilItIsLiftedAndRefusesARebuildMeanwhile() {
        awaitRunning(true);
        jdbc.update("insert into processor_pause (processor_name, paused_by, until) values (?, 'node-elsewhere', now() + interval '1 minute')",
                GROUP);
        awaitRunning(false);

        Api.Response refused = Api.asAdmin(port).postRaw("/api/admin/projections/rebuild?group=" + GROUP, null, "");
        assertThat(refused.expectProblem(503).json().get("detail").asString()).contains("Another node is rebuilding audit (by node-elsewhere)");
        assertThat(refused.header("Retry-After")).isEqualTo("60");
        assertThat(jdbc.queryForObject("select paused_by from processor_pause where processor_name = ?", String.class, GROUP))
                .as("the other node's pause stands").isEqualTo("node-elsewhere");

        jdbc.update("delete from processor_pause where paused_by = 'node-elsewhere'");
        awaitRunning(true);
    }

    @Test
    void aLapsedPauseOfANodeThatDiedHoldsNothingAndARebuildLiftsItsOwn() {
        jdbc.update("insert into processor_pause (processor_name, paused_by, until) values (?, 'node-dead', now() - interval '1 second')",
                GROUP);
        // The watcher looks each second: two looks later the processor still runs.
        Awaitility.await().pollDelay(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5)).until(() -> running(GROUP));

        Api.asAdmin(port).postRaw("/api/admin/projections/rebuild?group=" + GROUP, null, "").expect(200);
        assertThat(jdbc.queryForObject("select count(*) from processor_pause", Long.class)).as("pauses left after the rebuild").isZero();
        assertThat(running(GROUP)).isTrue();
    }

    @Test
    void aRebuildStoppedByAnythingElseAnswers503AndLeavesTheProcessorRunning() {
        // PostgreSQL refuses the twin of the audit's read model, as it would a statement for want of space.
        jdbc.execute("""
                create or replace function refuse_audit_twin() returns event_trigger language plpgsql as $$
                begin
                  if exists (select 1 from pg_event_trigger_ddl_commands() where object_identity = 'cadre_rebuild.audit_entry') then
                    raise exception 'no room for cadre_rebuild.audit_entry';
                  end if;
                end $$""");
        jdbc.execute("create event trigger refuse_twin on ddl_command_end when tag in ('CREATE TABLE') execute function refuse_audit_twin()");
        try {
            Api.Response stopped = Api.asAdmin(port).postRaw("/api/admin/projections/rebuild?group=" + GROUP, null, "");

            assertThat(stopped.expectProblem(503).json().get("detail").asString())
                    .contains("The rebuild of [audit] stopped", "no room for cadre_rebuild.audit_entry", "the read models are as they were");
            assertThat(stopped.header("Retry-After")).isEqualTo("60");
            assertThat(jdbc.queryForObject("select count(*) from processor_pause", Long.class)).as("pauses left").isZero();
            assertThat(jdbc.queryForObject("select count(*) from pg_namespace where nspname = 'cadre_rebuild'", Long.class))
                    .as("twins left").isZero();
            awaitRunning(true);
        } finally {
            jdbc.execute("drop event trigger if exists refuse_twin");
            jdbc.execute("drop function if exists refuse_audit_twin()");
        }
    }

    @Test
    void aSegmentAnotherNodeClaimsBackAfterReleasingItIsWaitedOutAndTheRebuildFinishes() {
        // Once the rebuild has seen the other nodes release the audit's segments, and while it makes the twin of the
        // audit's table, another node claims them back, as a stopping node storing its last batch's token would; it
        // never renews the claim.
        jdbc.execute("""
                create or replace function claim_back_audit() returns event_trigger language plpgsql as $$
                begin
                  if exists (select 1 from pg_event_trigger_ddl_commands() where object_identity = 'cadre_rebuild.audit_entry') then
                    update token_entry set owner = 'node-elsewhere',
                           timestamp = to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                     where processor_name = 'audit';
                  end if;
                end $$""");
        jdbc.execute("create event trigger claim_back on ddl_command_end when tag in ('CREATE TABLE') execute function claim_back_audit()");
        try {
            Api.asAdmin(port).postRaw("/api/admin/projections/rebuild?group=" + GROUP, null, "").expect(200);
        } finally {
            jdbc.execute("drop event trigger if exists claim_back");
            jdbc.execute("drop function if exists claim_back_audit()");
        }

        assertThat(jdbc.queryForList("select owner from token_entry where processor_name = ? and owner is not null", String.class, GROUP))
                .as("claims of another node left").doesNotContain("node-elsewhere");
        assertThat(jdbc.queryForObject("select count(*) from processor_pause", Long.class)).as("pauses left").isZero();
        awaitRunning(true);
    }

    /** Two nodes marking the same groups at the same instant: one holds them, the other is told who does. */
    @Test
    void ofTwoNodesPausingAGroupAtOnceOneHoldsIt() throws Exception {
        ClusterPauses here = new ClusterPauses(jdbc, transaction, processing, new ClusterSettings("race-node-a", Duration.ofSeconds(6)));
        ClusterPauses there = new ClusterPauses(jdbc, transaction, processing, new ClusterSettings("race-node-b", Duration.ofSeconds(6)));
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 30; round++) {
                List<String> groups = List.of("race-" + round + "-x", "race-" + round + "-y");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> a = nodes.submit(() -> tryPause(here, groups, together));
                Future<Boolean> b = nodes.submit(() -> tryPause(there, groups, together));
                assertThat(a.get(10, TimeUnit.SECONDS) ^ b.get(10, TimeUnit.SECONDS)).as("round %d: exactly one node holds the groups", round)
                        .isTrue();
                String holder = a.get() ? "race-node-a" : "race-node-b";
                assertThat(jdbc.queryForList("select paused_by from processor_pause where processor_name = any(?)", String.class,
                        (Object) groups.toArray(String[]::new))).containsExactly(holder, holder);
            }
        }
    }

    private static boolean tryPause(ClusterPauses node, List<String> groups, CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        try {
            node.pause(groups);
            return true;
        } catch (RebuildFailed e) {
            assertThat(e.getMessage()).contains("Another node is rebuilding");
            return false;
        }
    }

    private void awaitRunning(boolean running) {
        Awaitility.await("the " + GROUP + " processor " + (running ? "running" : "stopped")).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> running(GROUP) == running);
    }

    private boolean running(String processor) {
        return processing.eventProcessor(processor).map(EventProcessor::isRunning).orElseThrow();
    }
}
