package io.cadre.platform.projection;

import io.cadre.org.api.TeamFormed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two projections that exist only in the tests that import them: one among the live read models that throws for the
 * team named {@link Failing#poison} while {@link Failing#failing} is set, and one in a derived group of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
class PlantedProjections {

    static final String DERIVED = "planted-derived";

    @Bean
    Failing plantedFailing(JdbcTemplate jdbc) {
        return new Failing(jdbc);
    }

    @Bean
    Derived plantedDerived(JdbcTemplate jdbc) {
        return new Derived(jdbc);
    }

    /** Keeps the name of every team formed, and fails on the poison one while told to. */
    @ProcessingGroup(ReadModels.PROCESSOR)
    @ReadModelTables("planted_team")
    static final class Failing {

        volatile boolean failing = true;
        volatile String poison = "";
        private final JdbcTemplate jdbc;

        Failing(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            jdbc.execute("create table if not exists planted_team (team_id uuid primary key, name text not null)");
        }

        @EventHandler
        void on(TeamFormed event) {
            if (failing && poison.equals(event.name())) {
                throw new IllegalStateException("planted failure for " + event.name());
            }
            jdbc.update("insert into planted_team values (?, ?)", event.teamId(), event.name());
        }

        @ResetHandler
        void reset() {
            jdbc.execute("truncate planted_team");
        }
    }

    /** Counts the teams formed: a derived read model that no command waits for. */
    @ProcessingGroup(DERIVED)
    @ReadModelTables("planted_count")
    static final class Derived {

        private final JdbcTemplate jdbc;

        Derived(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            jdbc.execute("create table if not exists planted_count (team_id uuid primary key)");
        }

        @EventHandler
        void on(TeamFormed event) {
            jdbc.update("insert into planted_count values (?)", event.teamId());
        }

        @ResetHandler
        void reset() {
            jdbc.execute("truncate planted_count");
        }
    }
}
