package io.cadre.ladder.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadre.ladder.Ladders;
import io.cadre.ladder.api.LadderContent;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import io.cadre.support.TestDatabase;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** How a level given to a person is judged against the published ladders. */
class LevelCatalogTest {

    private final LadderRegistry registry = new LadderRegistry(TestDatabase.jdbc());
    private final String code = "catalog-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void beforeAnyLadderIsPublishedEveryLabelIsAcceptedAsGiven() {
        TransactionTemplate transaction = new TransactionTemplate(
                new DataSourceTransactionManager(Objects.requireNonNull(TestDatabase.jdbc().getDataSource())));
        transaction.executeWithoutResult(status -> {
            TestDatabase.jdbc().update("delete from ladder_level_in_force");
            assertThat(registry.judge("level", "Senior Engineer")).isNull();
            assertThat(registry.judge("level", "engineering/anything")).isNull();
            status.setRollbackOnly();
        });
    }

    @Test
    void aPublishedLevelIsJudgedAgainstItsLaddersLatestVersion() {
        registry.publish(code, 1, Ladders.small(code));
        registry.publish(code, 2, Ladders.small(code));
        assertThat(registry.judge("level", " " + code + "/senior ")).isEqualTo(2);
    }

    @Test
    void onceLaddersArePublishedALevelMustNameOne() {
        registry.publish(code, 1, Ladders.small(code));
        assertThatThrownBy(() -> registry.judge("level", code + "/principal")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("level: no published ladder has the level " + code + "/principal");
        assertThatThrownBy(() -> registry.judge("level", "Senior Engineer")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("must be written <ladder code>/<level code>");
    }

    @Test
    void aRetiredLevelTakesNoOneNew() {
        LadderContent retired = Ladders.withLevel(Ladders.small(code), "junior", Ladders::retired);
        registry.publish(code, 3, retired);
        assertThatThrownBy(() -> registry.judge("level", code + "/junior")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("is retired in version 3");
    }
}
