package io.cadre.org.command;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.LevelCatalog;
import io.cadre.org.api.RetractPersonChange;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.CorrectPersonalData;
import io.cadre.org.api.ErasePersonalData;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonalDataCorrected;
import io.cadre.org.api.PersonalDataErased;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TitleChanged;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.CommandContext;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person in the organisation; it guards its own employment dates, and the rules across people guard the rest. */
@Aggregate
class Person {

    @AggregateIdentifier
    private UUID personId;
    private Lifespan lifespan;
    private boolean erased;
    private final RecordedChanges recorded = new RecordedChanges();

    Person() {
    }

    @CommandHandler
    Person(HirePerson command, OrgRules rules, PersonalDataStore personalData, LevelCatalog ladders) {
        rules.requireKnownTeamAndPerson("teamId", command.teamId(), "managerId", command.managerId());
        personalData.store(command.personId(), command.name().strip(), command.email().strip());
        String employeeNumber = blankToNull(command.employeeNumber());
        rules.claimEmployeeNumber(employeeNumber, command.personId());
        String level = blankToNull(command.level());
        Integer ladderVersion = ladders.judge("level", level);
        rules.applyChecked(new PersonHired(command.personId(), employeeNumber, command.title().strip(), command.teamId(),
                command.managerId(), level == null ? null : level.strip(), ladderVersion, command.startDate()));
    }

    /**
     * A transfer with a manager records the move and then the new manager, in this one command's transaction: a
     * manager the rules refuse (a reporting cycle, someone not active then) leaves the move unrecorded too.
     */
    @CommandHandler
    long handle(TransferPerson command, OrgRules rules) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        if (command.managerId() == null) {
            rules.requireKnownTeam("teamId", command.teamId());
        } else {
            requireOtherThanSelf(command.managerId());
            rules.requireKnownTeamAndPerson("teamId", command.teamId(), "managerId", command.managerId());
        }
        long version = rules.applyChecked(new PersonTransferred(personId, command.teamId(), command.effectiveDate()));
        if (command.managerId() == null) {
            return version;
        }
        return rules.applyChecked(new ManagerChanged(personId, command.managerId(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(ChangeManager command, OrgRules rules) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        requireOtherThanSelf(command.managerId());
        rules.requireKnownPerson("managerId", command.managerId());
        return rules.applyChecked(new ManagerChanged(personId, command.managerId(), command.effectiveDate()));
    }

    private void requireOtherThanSelf(UUID managerId) {
        if (personId.equals(managerId)) {
            throw InvalidInput.of("managerId", "a person cannot be their own manager");
        }
    }

    @CommandHandler
    long handle(ChangeTitle command, OrgRules rules) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        return rules.applyChecked(new TitleChanged(personId, command.title().strip(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(ChangeLevel command, OrgRules rules, LevelCatalog ladders) {
        lifespan().requireChangeAllowedOn(command.effectiveDate());
        Integer ladderVersion = ladders.judge("level", command.level());
        return rules.applyChecked(new LevelChanged(personId, command.level().strip(), command.kind(), ladderVersion,
                command.effectiveDate()));
    }

    @CommandHandler
    long handle(EndEmployment command, OrgRules rules) {
        lifespan().requireEndAllowedOn(command.effectiveDate());
        return rules.applyChecked(new PersonLeft(personId, command.kind(), command.effectiveDate()));
    }

    @CommandHandler
    long handle(CorrectPersonalData command, PersonalDataStore personalData) {
        requireNotErased();
        List<FieldError> errors = new ArrayList<>();
        if (command.name() == null && command.email() == null) {
            errors.add(new FieldError("name", "give a name, an email or both"));
        }
        if (command.name() != null && command.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (command.email() != null && command.email().isBlank()) {
            errors.add(new FieldError("email", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<String> fields = personalData.correct(personId, blankToNull(command.name()), blankToNull(command.email()));
        if (fields.isEmpty()) {
            throw InvalidInput.of(command.name() != null ? "name" : "email", "is already what the person's record holds");
        }
        return applied(new PersonalDataCorrected(personId, fields));
    }

    @CommandHandler
    long handle(ErasePersonalData command, PersonalDataStore personalData,
                @MetaDataValue(CommandContext.REASON) String reason) {
        requireNotErased();
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "say whose request this erasure answers");
        }
        personalData.erase(personId);
        return applied(new PersonalDataErased(personId));
    }

    private void requireNotErased() {
        if (erased) {
            throw new RuleViolation("This person's personal data was erased; there is nothing left to correct or erase");
        }
    }

    private static long applied(Object event) {
        Long current = AggregateLifecycle.getVersion();
        AggregateLifecycle.apply(event);
        return current == null ? 0 : current + 1;
    }

    @CommandHandler
    long handle(RetractPersonChange command, OrgRules rules) {
        OrgEvent retracted = recorded.retractable(command.eventId(), "this person");
        return rules.retractChecked(recorded.retraction(command.eventId()), retracted);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(PersonHired event, @SequenceNumber long seq, EventMessage<?> message) {
        personId = event.personId();
        recorded.add(event, seq, message.getIdentifier());
        lifespan = Lifespan.starting("This person", event.effectiveDate());
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(PersonLeft event, @SequenceNumber long seq, EventMessage<?> message) {
        recorded.add(event, seq, message.getIdentifier());
        lifespan = lifespan.endedOn(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(OrgEvent event, @SequenceNumber long seq, EventMessage<?> message) {
        if (lifespan == null) {
            // The id belongs to another kind of aggregate, or the person's hire was retracted.
            throw new NotFound("No person with id " + event.subjectId());
        }
        recorded.add(event, seq, message.getIdentifier());
        // Axon calls only the most specific handler, so hiring and leaving do not come here.
        lifespan = lifespan.changedOn(event.effectiveDate());
    }

    /** The person's lifespan folded again from the changes that stand; none once the hire itself is retracted. */
    @EventSourcingHandler
    void on(ChangeRetracted event) {
        recorded.retract(event.retractedEventId());
        lifespan = recorded.foldLifespan(change -> change instanceof PersonHired ? "This person" : null, PersonLeft.class);
    }

    /** The person's lifespan; a person whose hire was retracted is no longer known. */
    private Lifespan lifespan() {
        if (lifespan == null) {
            throw new NotFound("No person with id " + personId + ": their hire was retracted");
        }
        return lifespan;
    }
}
