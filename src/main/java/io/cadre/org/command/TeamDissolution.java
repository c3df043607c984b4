package io.cadre.org.command;

import io.cadre.org.api.DissolveTeam;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.TransferPerson;
import io.cadre.shared.InvalidInput;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Dissolves a team in one transaction: when a destination is named, its members and sub-teams move
 * there on the same date first; otherwise the rules refuse a team that still has any.
 */
@Component
class TeamDissolution {

    private final OrgRules rules;

    TeamDissolution(OrgRules rules) {
        this.rules = rules;
    }

    @CommandHandler
    long handle(DissolveTeam command, CommandGateway commands) {
        UUID destination = command.moveMembersTo();
        if (destination != null) {
            if (destination.equals(command.teamId())) {
                throw InvalidInput.of("moveMembersTo", "members cannot move to the team being dissolved");
            }
            rules.requireKnownTeam("moveMembersTo", destination);
            for (UUID member : rules.membersOn(command.teamId(), command.effectiveDate())) {
                commands.sendAndWait(new TransferPerson(member, destination, command.effectiveDate(), null));
            }
            for (UUID subTeam : rules.subTeamsOn(command.teamId(), command.effectiveDate())) {
                commands.sendAndWait(new MoveTeam(subTeam, destination, command.effectiveDate(), null));
            }
        }
        Long version = commands.sendAndWait(new EndTeam(command.teamId(), command.effectiveDate(), command.expectedVersion()));
        return version;
    }
}
