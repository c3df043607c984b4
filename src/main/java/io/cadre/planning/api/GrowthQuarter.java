package io.cadre.planning.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The org a growth model expects at the end of one quarter: its people by kind, its layers of management, its level
 * pyramid and its yearly pay at salary-band mid-points ({@code cost}, null for those who may not see pay), with the
 * hires, leavers and promotions of the quarter.
 */
public record GrowthQuarter(String quarter, int headcount, int ics, int managers, int directors, int layers, List<LevelCount> pyramid,
                            BigDecimal cost, int hires, int leavers, int promotions) {

    public GrowthQuarter {
        pyramid = List.copyOf(pyramid);
    }

    /** How many people hold one level ({@code level} as people carry it, such as {@code engineering/senior-1}). */
    public record LevelCount(String level, int count) {
    }

    public GrowthQuarter withoutCost() {
        return new GrowthQuarter(quarter, headcount, ics, managers, directors, layers, pyramid, null, hires, leavers, promotions);
    }
}
