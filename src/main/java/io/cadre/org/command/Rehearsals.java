package io.cadre.org.command;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.OrgRehearsal;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.TeamKind;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rehearses commands through the live command bus inside a transaction that is always rolled back. Spring marks a
 * transaction rollback-only as soon as one command in it fails, so a refusal ends the attempt: the refused command is
 * noted and the rehearsal starts again without it, from a clean transaction (the commands before it stand again, as
 * they did). A plan costs one pass, and one more per refused command.
 *
 * <p>The transaction says it rehearses ({@code cadre.rehearsal}), so the events it appends take negative global indexes
 * and leave no hole in the committed log for the tracking processors to wait on. What a rehearsal found is kept for a
 * while, for the same commands, the same sender and the same live log ({@link RehearsalMemory}): a scenario's chart,
 * impact and conflicts, asked one after another, cost one pass.
 */
@Component
class Rehearsals implements OrgRehearsal {

    private static final String ON_DATE = "s.active and s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)";

    private final CommandGateway gateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RehearsalMemory memory;

    Rehearsals(CommandGateway gateway, JdbcTemplate jdbc, PlatformTransactionManager transactionManager, RehearsalMemory memory) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.memory = memory;
    }

    @Override
    public Rehearsal rehearse(List<Object> commands, LocalDate chartDate, UUID rootTeamId) {
        RehearsalMemory.Play play = memory.play(commands);
        List<RuntimeException> known = memory.refusals(play);
        if (known != null) {
            if (chartDate == null) {
                return new Rehearsal(known, null);
            }
            OrgChart chart = memory.chart(play, chartDate, rootTeamId);
            if (chart != null) {
                return new Rehearsal(known, chart);
            }
        }
        Rehearsal played = play(commands, known, chartDate, rootTeamId);
        memory.remember(play, played.refusals(), chartDate, rootTeamId, played.chart());
        return played;
    }

    /** Plays the commands, skipping those already known to be refused, until a pass meets no new refusal. */
    private Rehearsal play(List<Object> commands, List<RuntimeException> known, LocalDate chartDate, UUID rootTeamId) {
        RuntimeException[] refusals = known == null ? new RuntimeException[commands.size()] : known.toArray(RuntimeException[]::new);
        while (true) {
            Attempt attempt = transactions.execute(status -> {
                status.setRollbackOnly();
                jdbc.execute("set local cadre.rehearsal = 'on'");
                for (int i = 0; i < commands.size(); i++) {
                    if (refusals[i] == null) {
                        RuntimeException refusal = send(commands.get(i));
                        if (refusal != null) {
                            return new Attempt(i, refusal, null);
                        }
                    }
                }
                return new Attempt(-1, null, chartDate == null ? null : chart(chartDate, rootTeamId));
            });
            if (attempt.refused() < 0) {
                return new Rehearsal(Arrays.asList(refusals), attempt.chart());
            }
            refusals[attempt.refused()] = attempt.refusal();
        }
    }

    private record Attempt(int refused, RuntimeException refusal, OrgChart chart) {
    }

    /** Sends one command as the signed-in user; answers the domain's refusal it met, or null. */
    private RuntimeException send(Object command) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        MetaData metaData = MetaData.with(CommandContext.ACTOR, user == null ? "system" : user.getName());
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            return null;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleViolation || cause instanceof NotFound || cause instanceof NotAllowed
                        || cause instanceof InvalidInput) {
                    return (RuntimeException) cause;
                }
                if (cause instanceof AggregateNotFoundException missing) {
                    return new NotFound("Nothing with id " + missing.getAggregateIdentifier() + " exists");
                }
            }
            throw e;
        }
    }

    /** The chart on the date from the command side's timeline, which holds the rehearsed commands until the rollback. */
    private OrgChart chart(LocalDate date, UUID rootTeamId) {
        List<ChartTeam> teams = jdbc.query("select s.team_id, s.name, s.kind, s.parent_id, s.lead_id from rule_team_state s where "
                + ON_DATE, (rs, i) -> new ChartTeam(rs.getObject(1, UUID.class), rs.getString(2), TeamKind.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class)), date, date);
        List<ChartPerson> people = jdbc.query("select s.person_id, coalesce(d.name, ?), s.title, s.team_id, s.manager_id, s.level"
                + " from rule_person_state s left join person_data d on d.person_id = s.person_id where " + ON_DATE,
                (rs, i) -> new ChartPerson(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class), rs.getString(6)), PersonName.ERASED, date, date);
        if (rootTeamId != null) {
            Set<UUID> inTree = subtree(teams, rootTeamId);
            teams = teams.stream().filter(t -> inTree.contains(t.id())).toList();
            people = people.stream().filter(p -> inTree.contains(p.teamId())).toList();
        }
        return new OrgChart(date, teams.stream().sorted(Comparator.comparing((ChartTeam t) -> t.name().toLowerCase())
                .thenComparing(ChartTeam::id)).toList(), people.stream().sorted(Comparator.comparing(
                (ChartPerson p) -> p.name() == null ? "" : p.name().toLowerCase()).thenComparing(ChartPerson::id)).toList());
    }

    private static Set<UUID> subtree(List<ChartTeam> teams, UUID root) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        boolean rootActive = false;
        for (ChartTeam team : teams) {
            rootActive |= team.id().equals(root);
            if (team.parentId() != null) {
                children.computeIfAbsent(team.parentId(), id -> new ArrayList<>()).add(team.id());
            }
        }
        Set<UUID> found = new HashSet<>();
        List<UUID> toVisit = new ArrayList<>(rootActive ? List.of(root) : List.of());
        while (!toVisit.isEmpty()) {
            UUID team = toVisit.removeLast();
            if (found.add(team)) {
                toVisit.addAll(children.getOrDefault(team, List.of()));
            }
        }
        return found;
    }
}
