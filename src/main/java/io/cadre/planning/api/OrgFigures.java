package io.cadre.planning.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shape of an org on a date: people, managers (people with at least one report), layers of management, the median
 * span of control, the yearly cost from salary band mid-points (null for a caller who may not see pay) and the pyramid.
 */
public record OrgFigures(int headcount, int managers, int layers, Double medianSpan, BigDecimal cost, List<LevelCount> pyramid) {

    /** How many people hold a level ({@code null}: no level). */
    public record LevelCount(String level, int count) {
    }
}
