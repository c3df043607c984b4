package io.cadre.planning.service;

import io.cadre.planning.api.GrowthForecast;
import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthQuarter;
import io.cadre.planning.api.Period;
import io.cadre.planning.service.GrowthModel.Assumptions;
import io.cadre.planning.service.StartingOrgs.StartingOrg;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import io.cadre.platform.security.ScopeDecision;
import org.springframework.stereotype.Service;

/** Runs growth models from the live org, and proposes the "10x" inputs; cost is left out for those who may not see pay. */
@Service
public class GrowthModels {

    private final StartingOrgs orgs;
    private final ScopeDecision scopes;
    private final Clock clock;

    GrowthModels(StartingOrgs orgs, ScopeDecision scopes, Clock clock) {
        this.orgs = orgs;
        this.scopes = scopes;
        this.clock = clock;
    }

    public GrowthForecast run(GrowthInputs asked) {
        asked.checked("");
        GrowthInputs inputs = withDate(asked);
        StartingOrg org = orgs.on(inputs.fromDate(), inputs.rootTeamId());
        List<GrowthQuarter> rows = GrowthModel.run(Period.quarterOf(inputs.fromDate()), org.shape(), org.pyramid(),
                new Assumptions(inputs.quarters(), inputs.targetHeadcount(), inputs.hiresPerQuarter(), inputs.attritionPerYear(),
                        inputs.promotionPerYear(), inputs.spanOfControl()));
        GrowthForecast forecast = new GrowthForecast(inputs, rows.getFirst(), rows.subList(1, rows.size()));
        return mayReadCost(inputs.rootTeamId()) ? forecast : forecast.withoutCost();
    }

    /** "What happens when this 10xs?": ten times today's headcount in three years, with common rates and spans. */
    public GrowthInputs tenX(UUID rootTeamId, LocalDate fromDate) {
        GrowthInputs dated = withDate(new GrowthInputs(rootTeamId, fromDate, 12, 0, null, new BigDecimal("0.12"), new BigDecimal("0.10"), 6));
        dated.checked("");
        int today = orgs.on(dated.fromDate(), rootTeamId).shape().headcount();
        return new GrowthInputs(rootTeamId, dated.fromDate(), 12, Math.min(GrowthInputs.MAX_HEADCOUNT, 10 * today), null,
                new BigDecimal("0.12"), new BigDecimal("0.10"), 6);
    }

    /** Whether the signed-in user sees the cost of a model of this subtree (product.md §7.5: ADMIN, HR, its directors). */
    public boolean mayReadCost(UUID rootTeamId) {
        return scopes.seesPayFor(rootTeamId);
    }

    private GrowthInputs withDate(GrowthInputs inputs) {
        LocalDate from = inputs.fromDate() != null ? inputs.fromDate() : LocalDate.now(clock);
        return new GrowthInputs(inputs.rootTeamId(), from, inputs.quarters(), inputs.targetHeadcount(), inputs.hiresPerQuarter(),
                inputs.attritionPerYear(), inputs.promotionPerYear(), inputs.spanOfControl());
    }
}
