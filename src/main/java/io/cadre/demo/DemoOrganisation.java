package io.cadre.demo;

import io.cadre.ladder.api.CreateLadder;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderTemplates;
import io.cadre.ladder.api.PublishLadder;
import io.cadre.ladder.api.SaveLadderDraft;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.access.api.AccessEvent;
import io.cadre.access.api.Accounts;
import io.cadre.platform.security.SystemIdentity;
import io.cadre.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code cadre.demo=true}, fills an empty database with a realistic engineering organisation and a
 * year of its history, through the same commands a user sends, sent by the system identity {@code demo}
 * (acting as ADMIN) and recorded with it as the actor, plus
 * one demo user per role. A database that holds any event is left alone, so a restart with the switch
 * still on keeps whatever the demo has become.
 */
@Component
@ConditionalOnProperty(name = "cadre.demo", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    static final String ACTOR = "demo";

    /** Cadre itself filling the demo, as an administrator would: its commands pass the same check as a user's. */
    static final SystemIdentity IDENTITY = new SystemIdentity(ACTOR, Role.ADMIN);

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final Commands commands;
    private final ReadModelBarrier readModels;
    private final Accounts users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LadderTemplates templates;
    private final Queries queries;

    DemoOrganisation(Commands commands, ReadModelBarrier readModels, Accounts users, JdbcTemplate jdbc, Clock clock,
                     LadderTemplates templates, Queries queries) {
        this.queries = queries;
        this.templates = templates;
        this.commands = commands;
        this.readModels = readModels;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The first administrator's account is recorded before the demo runs: only events of the org itself count.
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from domain_event_entry where payload_type not like ?)",
                Boolean.class, AccessEvent.class.getPackageName() + ".%"))) {
            log.info("Demo organisation: the database already holds events, so nothing is added (the demo only fills an empty one)");
            return;
        }
        IDENTITY.run(this::fill);
    }

    private void fill() {
        long started = System.nanoTime();
        DemoOrg org = new DemoOrg(commands, readModels);
        try {
            publishLadder();
            DemoStory.Cast cast = new DemoStory(LocalDate.now(clock)).play(org);
            org.awaitReadModels();
            int objectives = new DemoObjectives(commands, readModels, LocalDate.now(clock))
                    .write(queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class));
            int positions = new DemoPipeline(commands, queries, LocalDate.now(clock))
                    .fill(queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class));
            int promotions = new DemoPromotions(commands, queries, LocalDate.now(clock))
                    .run(queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class));
            int created = DemoUsers.create(users, cast);
            log.info("Demo organisation: {} people in {} teams, {} hired and {} left over the past year ({} commands);"
                            + " {} objectives over three quarters; {} positions; {} promotion cases; {} demo users with the password '{}'; took {} ms",
                    org.active(), org.teams(), org.hired(), org.hired() - org.active(), org.commandsSent(), objectives, positions,
                    promotions, created,
                    DemoUsers.PASSWORD, Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Demo organisation stopped after " + org.commandsSent()
                    + " commands; the database holds that part of it (start again on an empty database)", e);
        }
    }

    /**
     * The demo's people sit on the shipped engineering ladder, so it is published before anyone is hired: started
     * from the template, given salary bands in its draft as HR would, then published with them.
     */
    private void publishLadder() {
        UUID ladder = UUID.randomUUID();
        String reason = "Demo: the engineering ladder, from the shipped Financial Times template";
        LadderContent template = templates.content(DemoLadder.TEMPLATE);
        commands.send(new CreateLadder(ladder, template), ladder, reason);
        commands.send(new SaveLadderDraft(ladder, DemoLadder.withSalaryBands(template), false, null), ladder,
                "Demo: salary bands per level, yearly base pay in euros");
        commands.send(new PublishLadder(ladder, null), ladder, reason + ", with its salary bands");
    }
}
