package io.cadre.reports.query;

import io.cadre.platform.projection.KeptAnswers;
import io.cadre.platform.security.Scope;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisation folded from the reports' facts up to a date, kept by date while the reports' processor stands still:
 * a report copies the state folded up to its first date for its audience and moves the copy forward, instead of folding
 * every fact from the start again. As recorded at an instant, the facts known then are folded afresh.
 */
@Component
class FoldedStates {

    /** A 50,000-person state holds some 10 MB: the first dates of a few reports and series are what readers ask for. */
    private static final int KEPT_STATES = 4;

    private final FactLog log;
    private final KeptAnswers<LocalDate, OrgState> kept;

    FoldedStates(FactLog log, JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.log = log;
        this.kept = new KeptAnswers<>(jdbc, processing, ReportProjection.GROUP, KEPT_STATES);
    }

    /** The organisation on {@code date}, of the audience's, to move forward up to {@code last}. */
    OrgState on(LocalDate date, LocalDate last, Instant recordedAt, Scope audience) {
        if (recordedAt != null) {
            return folded(log.facts(last, recordedAt), date, audience);
        }
        return kept.get(date, () -> folded(log.facts(date, null), date, Scope.EVERYONE)).copy(audience);
    }

    private static OrgState folded(Facts facts, LocalDate date, Scope audience) {
        OrgState state = new OrgState(facts, audience);
        state.advanceTo(date);
        return state;
    }
}
