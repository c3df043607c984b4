package io.cadre.ladder.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.cadre.ladder.api.CreateLadder;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderCreated;
import io.cadre.ladder.api.LadderDraftSaved;
import io.cadre.ladder.api.LadderPublished;
import io.cadre.ladder.api.PublishLadder;
import io.cadre.ladder.api.SaveLadderDraft;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A career ladder: one editable draft and the immutable versions published from it. */
@Aggregate
class Ladder {

    @AggregateIdentifier
    private UUID ladderId;
    private String code;
    private LadderContent draft;
    private LadderContent published;
    private int version;

    Ladder() {
    }

    @CommandHandler
    Ladder(CreateLadder command, LadderRegistry registry) {
        LadderContentRules.requireValid(command.content(), null);
        registry.claimCode(command.content().code(), command.ladderId());
        apply(new LadderCreated(command.ladderId(), command.content()));
    }

    @CommandHandler
    long handle(SaveLadderDraft command) {
        LadderContent content = command.keepSalaryBands() ? command.content().withSalaryBandsOf(draft) : command.content();
        if (!code.equals(content.code())) {
            throw InvalidInput.of("code", "a ladder's code cannot change; this one is " + code);
        }
        LadderContentRules.requireValid(content, published);
        if (content.equals(draft)) {
            return AggregateLifecycle.getVersion();
        }
        return applyNext(new LadderDraftSaved(ladderId, content));
    }

    @CommandHandler
    long handle(PublishLadder command, LadderRegistry registry) {
        if (draft.tracks().isEmpty() || draft.levels().isEmpty()) {
            throw new RuleViolation("A ladder needs at least one track and one level before it can be published");
        }
        if (draft.equals(published)) {
            throw new RuleViolation("Nothing to publish: the draft is the same as version " + version);
        }
        registry.publish(code, version + 1, draft);
        return applyNext(new LadderPublished(ladderId, version + 1, draft));
    }

    /** Applies the event and returns its number in this ladder's stream, which the caller waits on. */
    private static long applyNext(Object event) {
        long next = AggregateLifecycle.getVersion() + 1;
        apply(event);
        return next;
    }

    @EventSourcingHandler
    void on(LadderCreated event) {
        ladderId = event.ladderId();
        code = event.draft().code();
        draft = event.draft();
    }

    @EventSourcingHandler
    void on(LadderDraftSaved event) {
        draft = event.draft();
    }

    @EventSourcingHandler
    void on(LadderPublished event) {
        version = event.version();
        published = event.content();
    }
}
