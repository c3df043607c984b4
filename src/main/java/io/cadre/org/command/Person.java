package io.cadre.org.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TitleChanged;
import io.cadre.org.api.TransferPerson;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A person in the organisation; it guards its own employment dates, and the rules across people guard the rest. */
@Aggregate
class Person {

    @AggregateIdentifier
    private UUID personId;
    private Lifespan lifespan;

    Person() {
    }

    @CommandHandler
    Person(HirePerson command, OrgRules rules, PersonalDataStore personalData) {
        rules.requireKnownTeam("teamId", command.teamId());
        rules.requireKnownPerson("managerId", command.managerId());
        personalData.store(command.personId(), command.name().strip(), command.email().strip());
        String employeeNumber = blankToNull(command.employeeNumber());
        rules.claimEmployeeNumber(employeeNumber, command.personId());
        record(new PersonHired(command.personId(), employeeNumber, command.title().strip(), command.teamId(),
                command.managerId(), blankToNull(command.level()), command.startDate()), rules);
    }

    @CommandHandler
    long handle(TransferPerson command, OrgRules rules) {
        lifespan.requireChangeAllowedOn(command.effectiveDate());
        rules.requireKnownTeam("teamId", command.teamId());
        return record(new PersonTransferred(personId, command.teamId(), command.effectiveDate()), rules);
    }

    @CommandHandler
    long handle(ChangeManager command, OrgRules rules) {
        lifespan.requireChangeAllowedOn(command.effectiveDate());
        if (personId.equals(command.managerId())) {
            throw InvalidInput.of("managerId", "a person cannot be their own manager");
        }
        rules.requireKnownPerson("managerId", command.managerId());
        return record(new ManagerChanged(personId, command.managerId(), command.effectiveDate()), rules);
    }

    @CommandHandler
    long handle(ChangeTitle command, OrgRules rules) {
        lifespan.requireChangeAllowedOn(command.effectiveDate());
        return record(new TitleChanged(personId, command.title().strip(), command.effectiveDate()), rules);
    }

    @CommandHandler
    long handle(ChangeLevel command, OrgRules rules) {
        lifespan.requireChangeAllowedOn(command.effectiveDate());
        return record(new LevelChanged(personId, command.level().strip(), command.kind(), command.effectiveDate()), rules);
    }

    @CommandHandler
    long handle(EndEmployment command, OrgRules rules) {
        lifespan.requireEndAllowedOn(command.effectiveDate());
        return record(new PersonLeft(personId, command.kind(), command.effectiveDate()), rules);
    }

    /** Checks the event against the timeline, applies it, and returns the aggregate's new version. */
    private static long record(OrgEvent event, OrgRules rules) {
        Long current = AggregateLifecycle.getVersion();
        long version = current == null ? 0 : current + 1;
        rules.recordAndCheck(event, version);
        apply(event);
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(PersonHired event) {
        personId = event.personId();
        lifespan = Lifespan.starting("This person", event.effectiveDate());
    }

    @EventSourcingHandler
    void on(PersonLeft event) {
        lifespan = lifespan.endedOn(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(OrgEvent event) {
        if (lifespan == null) {
            // The id belongs to another kind of aggregate.
            throw new NotFound("No person with id " + event.subjectId());
        }
        // Axon calls only the most specific handler, so hiring and leaving do not come here.
        lifespan = lifespan.changedOn(event.effectiveDate());
    }
}
