package io.cadre.audit.query;

import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthModelSaved;

/** The growth models' changes: a model saved under a name with its inputs. */
final class GrowthModelDescriber implements Describer {

    static final String GROWTH_MODEL = "GROWTH_MODEL";

    @Override
    public void describe(Descriptions d) {
        d.on(GrowthModelSaved.class, (e, facts) -> {
            GrowthInputs in = e.inputs();
            facts.put(e.modelId(), GROWTH_MODEL, e.name(), java.util.Map.of());
            String aim = in.targetHeadcount() != null ? "to " + in.targetHeadcount() + " people" : in.hiresPerQuarter() + " hires a quarter";
            return Change.of(GROWTH_MODEL, e.modelId(), e.name(), "The growth model \"" + e.name() + "\" was saved: " + aim + " over "
                            + in.quarters() + " quarters")
                    .set("name", e.name()).set("rootTeamId", in.rootTeamId()).set("fromDate", in.fromDate()).set("quarters", in.quarters())
                    .set("targetHeadcount", in.targetHeadcount()).set("hiresPerQuarter", in.hiresPerQuarter())
                    .set("attritionPerYear", in.attritionPerYear()).set("promotionPerYear", in.promotionPerYear())
                    .set("spanOfControl", in.spanOfControl());
        });
    }
}
