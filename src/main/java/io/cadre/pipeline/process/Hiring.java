package io.cadre.pipeline.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.cadre.org.api.HirePerson;
import io.cadre.pipeline.api.CandidateAccepted;
import io.cadre.pipeline.api.CandidateHired;
import io.cadre.pipeline.api.FillPosition;
import io.cadre.pipeline.api.RecordHire;
import io.cadre.pipeline.api.RecordHireRefusal;
import io.cadre.platform.gateway.CommandContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import io.cadre.platform.security.SystemIdentity;
import io.cadre.shared.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hires a candidate who accepted an offer: on their acceptance it fills the position, hires them through the org's own
 * command into the position's team, level, title and manager from the start date, and links the candidate to the new
 * person, all in one step (AllOrNothing). When the org or the position refuses, nothing of the step is recorded; the
 * candidate records the refusal and the position stays as it was. The saga and its processor's position are stored in
 * the database with the step, so a restart between acceptance and hire replays the acceptance to it.
 */
@Saga
@ProcessingGroup(Hiring.PROCESSOR)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Hiring {

    /** The processing group, and processor, of the hiring process. */
    public static final String PROCESSOR = "hiring";
    /** Who the org records as hiring a candidate. */
    static final String ACTOR = "system";

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient AllOrNothing allOrNothing;
    @Autowired
    private transient CandidateContacts contacts;
    @Autowired
    private transient Clock clock;

    private UUID candidateId;
    private UUID positionId;
    private UUID personId;

    @StartSaga
    @SagaEventHandler(associationProperty = "candidateId")
    void on(CandidateAccepted accepted) {
        new SystemIdentity(ACTOR, Role.ADMIN).run(() -> hire(accepted));
    }

    private void hire(CandidateAccepted accepted) {
        candidateId = accepted.candidateId();
        positionId = accepted.positionId();
        personId = accepted.personId();
        MetaData why = MetaData.with(CommandContext.ACTOR, ACTOR).and(CommandContext.REASON,
                "Hiring: candidate " + candidateId + " accepted the offer for position " + positionId);
        CandidateContacts.Contact contact = contacts.of(candidateId);
        String problem = contact == null ? "The candidate's name and email were erased; a person cannot be hired without them"
                : allOrNothing.attempt(() -> {
                    send(new FillPosition(positionId, candidateId, personId, accepted.startDate()), why);
                    send(new HirePerson(personId, null, contact.name(), contact.email(), accepted.title(), accepted.teamId(),
                            accepted.managerId(), accepted.level(), accepted.startDate()), why);
                    send(new RecordHire(candidateId, personId), why);
                });
        if (problem != null) {
            send(new RecordHireRefusal(candidateId, problem, LocalDate.now(clock)), why);
            SagaLifecycle.end();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "candidateId")
    void on(CandidateHired hired) {
        // The candidate is linked to the person they became: nothing is left to do.
    }

    private void send(Object command, MetaData metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
