package io.cadre.ladder.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.api.CreateLadder;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderCreated;
import io.cadre.ladder.api.LadderDraftSaved;
import io.cadre.ladder.api.LadderPublished;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.PublishLadder;
import io.cadre.ladder.api.SaveLadderDraft;
import io.cadre.ladder.api.Track;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import io.cadre.support.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules a ladder guards: one test per rule. */
class LadderTest {

    private final LadderRegistry registry = new LadderRegistry(TestDatabase.jdbc());
    private final UUID ladderId = UUID.randomUUID();
    private final String code = "ladder-" + UUID.randomUUID().toString().substring(0, 8);
    private final LadderContent draft = Ladders.small(code);
    private AggregateTestFixture<Ladder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ladder.class);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void creatingALadderRecordsItsFirstDraft() {
        fixture.givenNoPriorActivity()
                .when(new CreateLadder(ladderId, draft))
                .expectEvents(new LadderCreated(ladderId, draft));
    }

    @Test
    void aCodeCanBeTakenByOneLadderOnly() {
        registry.claimCode(code, UUID.randomUUID());
        fixture.givenNoPriorActivity()
                .when(new CreateLadder(ladderId, draft))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("code " + code + " already exists"));
    }

    @Test
    void contentIsRefusedWithEveryProblemItHas() {
        LadderContent broken = new LadderContent("Not A Code", "", null, List.of(new Track("ic", "IC"), new Track("ic", "Again")),
                List.of(new Level("one", "One", List.of("nowhere"), 1, null, false), new Level("one", "Twice", List.of("ic"), 0, null, false)),
                List.of(List.of("one")), List.of(), List.of(new Expectation("two", "craft", "Text", "Guru")));
        fixture.givenNoPriorActivity()
                .when(new CreateLadder(ladderId, broken))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.allOf(
                        Matchers.containsString("code: must be at most 60 lowercase letters"),
                        Matchers.containsString("name: must not be blank"),
                        Matchers.containsString("tracks[1].code: track ic is defined twice"),
                        Matchers.containsString("levels[0].tracks: no track nowhere"),
                        Matchers.containsString("levels[1].code: level one is defined twice"),
                        Matchers.containsString("levels[1].order: must be between 1 and 1000"),
                        Matchers.containsString("equivalences[0]: must name at least two different levels"),
                        Matchers.containsString("expectations[0].level: no level two"),
                        Matchers.containsString("expectations[0].area: no area craft"),
                        Matchers.containsString("expectations[0].proficiency: must be one of")));
    }

    @Test
    void twoLevelsOfOneTrackCannotShareARank() {
        LadderContent clash = Ladders.withLevel(draft, "staff", l -> new Level(l.code(), l.title(), l.tracks(), 3, null, false));
        fixture.givenNoPriorActivity()
                .when(new CreateLadder(ladderId, clash))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("level senior already has order 3 on track ic"));
    }

    @Test
    void savingADraftReplacesIt() {
        LadderContent edited = Ladders.withLevel(draft, "staff", l -> new Level(l.code(), "Staff Engineer I", l.tracks(), l.order(), null, false));
        fixture.given(new LadderCreated(ladderId, draft))
                .when(new SaveLadderDraft(ladderId, edited, false, null))
                .expectEvents(new LadderDraftSaved(ladderId, edited));
    }

    @Test
    void savingTheSameDraftRecordsNothing() {
        fixture.given(new LadderCreated(ladderId, draft))
                .when(new SaveLadderDraft(ladderId, draft, false, null))
                .expectNoEvents();
    }

    @Test
    void aLaddersCodeCannotChange() {
        fixture.given(new LadderCreated(ladderId, draft))
                .when(new SaveLadderDraft(ladderId, Ladders.small(code + "-x"), false, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("code cannot change"));
    }

    @Test
    void anEditorWhoCannotSeePayKeepsTheSalaryBandsOfTheDraft() {
        LadderContent withoutPay = draft.withoutSalaryBands();
        LadderContent renamed = new LadderContent(code, "Renamed", withoutPay.summary(), withoutPay.tracks(), withoutPay.levels(),
                withoutPay.equivalences(), withoutPay.areas(), withoutPay.expectations());
        fixture.given(new LadderCreated(ladderId, draft))
                .when(new SaveLadderDraft(ladderId, renamed, true, null))
                .expectEvents(new LadderDraftSaved(ladderId, renamed.withSalaryBandsOf(draft)));
        assertThat(renamed.withSalaryBandsOf(draft).levels().getFirst().salaryBand()).isEqualTo(draft.levels().getFirst().salaryBand());
    }

    @Test
    void publishingMakesTheDraftTheFirstVersion() {
        fixture.given(new LadderCreated(ladderId, draft))
                .when(new PublishLadder(ladderId, null))
                .expectEvents(new LadderPublished(ladderId, 1, draft));
    }

    @Test
    void publishingAnEditedDraftMakesTheNextVersion() {
        LadderContent edited = Ladders.withLevel(draft, "staff", l -> new Level(l.code(), "Staff", l.tracks(), l.order(), null, false));
        fixture.given(new LadderCreated(ladderId, draft), new LadderPublished(ladderId, 1, draft), new LadderDraftSaved(ladderId, edited))
                .when(new PublishLadder(ladderId, null))
                .expectEvents(new LadderPublished(ladderId, 2, edited));
    }

    @Test
    void aDraftUnchangedSinceTheLastVersionIsNotPublishedAgain() {
        fixture.given(new LadderCreated(ladderId, draft), new LadderPublished(ladderId, 1, draft))
                .when(new PublishLadder(ladderId, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("Nothing to publish"));
    }

    @Test
    void aLadderWithoutLevelsCannotBePublished() {
        LadderContent empty = new LadderContent(code, "Empty", null, List.of(), List.of(), List.of(), List.of(), List.of());
        fixture.given(new LadderCreated(ladderId, empty))
                .when(new PublishLadder(ladderId, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(Matchers.containsString("at least one track and one level"));
    }

    @Test
    void aPublishedLevelIsRetiredNotRemoved() {
        LadderContent withoutStaff = new LadderContent(code, draft.name(), draft.summary(), draft.tracks(),
                draft.levels().stream().filter(l -> !l.code().equals("staff")).toList(), draft.equivalences(), draft.areas(),
                draft.expectations().stream().filter(e -> !e.level().equals("staff")).toList());
        fixture.given(new LadderCreated(ladderId, draft), new LadderPublished(ladderId, 1, draft))
                .when(new SaveLadderDraft(ladderId, withoutStaff, false, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(Matchers.containsString("level staff is published; retire it instead of removing it"));
    }

    @Test
    void retiringALevelIsAnEditLikeAnyOtherAndTakesEffectWhenPublished() {
        LadderContent retired = Ladders.withLevel(draft, "staff", Ladders::retired);
        fixture.given(new LadderCreated(ladderId, draft), new LadderPublished(ladderId, 1, draft), new LadderDraftSaved(ladderId, retired))
                .when(new PublishLadder(ladderId, null))
                .expectEvents(new LadderPublished(ladderId, 2, retired));
        assertThatThrownBy(() -> registry.judge("level", code + "/staff")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("retired in version 2");
        assertThat(registry.judge("level", code + "/senior")).isEqualTo(2);
    }
}
