package io.cadre.org.command;

import io.cadre.org.api.AssignTeamLead;
import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.ChangeTeamMission;
import io.cadre.org.api.RetractTeamChange;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamDissolved;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamLeadAssigned;
import io.cadre.org.api.TeamMissionChanged;
import io.cadre.org.api.TeamMoved;
import io.cadre.org.api.TeamRenamed;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A unit of the team hierarchy; it guards its own lifespan, and the rules across teams guard the rest. */
@Aggregate
class Team {

    @AggregateIdentifier
    private UUID teamId;
    private Lifespan lifespan;
    private final RecordedChanges recorded = new RecordedChanges();

    Team() {
    }

    @CommandHandler
    Team(FormTeam command, OrgRules rules) {
        rules.requireKnownTeam("parentId", command.parentId());
        rules.applyChecked(new TeamFormed(command.teamId(), command.name().strip(), command.kind(), command.parentId(),
                command.mission(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(RenameTeam command, OrgRules rules) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        return rules.applyChecked(new TeamRenamed(teamId, command.name().strip(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(ChangeTeamMission command, OrgRules rules) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        return rules.applyChecked(new TeamMissionChanged(teamId, command.mission(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(MoveTeam command, OrgRules rules) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        if (teamId.equals(command.parentId())) {
            throw InvalidInput.of("parentId", "a team cannot be its own parent");
        }
        rules.requireKnownTeam("parentId", command.parentId());
        return rules.applyChecked(new TeamMoved(teamId, command.parentId(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(AssignTeamLead command, OrgRules rules) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        rules.requireKnownPerson("personId", command.personId());
        return rules.applyChecked(new TeamLeadAssigned(teamId, command.personId(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(EndTeam command, OrgRules rules) {
        lifespan().requireEndAllowedOn(command.effectiveDate());
        return rules.applyChecked(new TeamDissolved(teamId, command.effectiveDate()));
    }

    @CommandHandler
    long handle(RetractTeamChange command, OrgRules rules) {
        OrgEvent retracted = recorded.retractable(command.eventId(), "this team");
        return rules.retractChecked(recorded.retraction(command.eventId()), retracted);
    }

    @EventSourcingHandler
    void on(TeamFormed event, @SequenceNumber long seq, EventMessage<?> message) {
        teamId = event.teamId();
        recorded.add(event, seq, message.getIdentifier());
        lifespan = Lifespan.starting("Team " + event.name(), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(TeamDissolved event, @SequenceNumber long seq, EventMessage<?> message) {
        recorded.add(event, seq, message.getIdentifier());
        lifespan = lifespan.endedOn(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(OrgEvent event, @SequenceNumber long seq, EventMessage<?> message) {
        if (lifespan == null) {
            // The id belongs to another kind of aggregate, or the team's formation was retracted.
            throw new NotFound("No team with id " + event.subjectId());
        }
        recorded.add(event, seq, message.getIdentifier());
        // Axon calls only the most specific handler, so formation and dissolution do not come here.
        lifespan = lifespan.changedOn(event.effectiveDate());
    }

    /** The team's lifespan folded again from the changes that stand; none once its formation itself is retracted. */
    @EventSourcingHandler
    void on(ChangeRetracted event) {
        recorded.retract(event.retractedEventId());
        lifespan = recorded.foldLifespan(change -> change instanceof TeamFormed formed ? "Team " + formed.name() : null,
                TeamDissolved.class);
    }

    /** The team's lifespan; a team whose formation was retracted is no longer known. */
    private Lifespan lifespan() {
        if (lifespan == null) {
            throw new NotFound("No team with id " + teamId + ": its formation was retracted");
        }
        return lifespan;
    }
}
