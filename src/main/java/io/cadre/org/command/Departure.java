package io.cadre.org.command;

import io.cadre.org.api.AssignTeamLead;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.RecordLeave;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Records a person's leave in one transaction: their reports move to the named new manager and the
 * teams they lead lose their lead on the same date, so that nobody reports to someone who has left.
 */
@Component
class Departure {

    private final OrgRules rules;
    private final TimelineLookups timeline;

    Departure(OrgRules rules, TimelineLookups timeline) {
        this.rules = rules;
        this.timeline = timeline;
    }

    @CommandHandler
    long handle(RecordLeave command, CommandGateway commands) {
        UUID newManager = command.newManagerForReports();
        if (command.personId().equals(newManager)) {
            throw InvalidInput.of("newManagerForReports", "the person who leaves cannot manage their own reports");
        }
        rules.requireKnownPerson("newManagerForReports", newManager);
        List<UUID> reports = rules.reportsOn(command.personId(), command.effectiveDate());
        if (!reports.isEmpty() && newManager == null) {
            throw new RuleViolation(timeline.personName(command.personId()) + " has " + reports.size()
                    + " report(s) on " + command.effectiveDate() + "; name a new manager for them (newManagerForReports)");
        }
        for (UUID report : reports) {
            // A report promoted into the leaver's place keeps the leaver's own manager.
            UUID manager = report.equals(newManager)
                    ? timeline.managerOn(command.personId(), command.effectiveDate()).orElse(null)
                    : newManager;
            commands.sendAndWait(new ChangeManager(report, manager, command.effectiveDate(), null));
        }
        for (UUID team : rules.teamsLedOn(command.personId(), command.effectiveDate())) {
            commands.sendAndWait(new AssignTeamLead(team, null, command.effectiveDate(), null));
        }
        Long version = commands.sendAndWait(new EndEmployment(command.personId(), command.kind(),
                command.effectiveDate(), command.expectedVersion()));
        return version;
    }
}
