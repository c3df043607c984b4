package io.cadre.planning.service;

import io.cadre.ladder.api.GetLadder;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.LadderSummary;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.ListLadders;
import io.cadre.platform.gateway.Queries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The yearly cost of each level as the mid-point of its salary band in the latest published ladder
 * ({@code <ladder code>/<level code>}); a level without a band, or a free label, costs nothing that can be counted.
 */
@Component
class SalaryBands {

    private final Queries queries;

    SalaryBands(Queries queries) {
        this.queries = queries;
    }

    /** The mid-points of every banded level, read once for one answer. */
    Function<String, BigDecimal> midPoints() {
        Map<String, BigDecimal> mids = new HashMap<>();
        for (LadderSummary summary : queries.askList(new ListLadders(), LadderSummary.class)) {
            if (summary.latestVersion() == null) {
                continue;
            }
            LadderDetails ladder = queries.ask(new GetLadder(summary.id()), LadderDetails.class);
            if (ladder.published() == null) {
                continue;
            }
            for (Level level : ladder.published().levels()) {
                if (level.salaryBand() != null && level.salaryBand().min() != null && level.salaryBand().max() != null) {
                    mids.put(ladder.code() + "/" + level.code(), level.salaryBand().min().add(level.salaryBand().max())
                            .divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP));
                }
            }
        }
        return level -> level == null ? null : mids.get(level);
    }
}
