package io.cadre.planning.service;

import io.cadre.planning.api.GrowthQuarter;
import io.cadre.planning.api.GrowthQuarter.LevelCount;
import io.cadre.planning.api.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The growth model's arithmetic, a pure function of a starting org and the assumptions: quarter by quarter, who leaves,
 * who is promoted, who is hired, and the management a headcount needs at a span of control. Every count is a whole
 * person; the README's "Growth model" section states each rule with a worked example.
 */
public final class GrowthModel {

    private static final BigDecimal QUARTERS_A_YEAR = BigDecimal.valueOf(4);

    private GrowthModel() {
    }

    /**
     * One level of the starting pyramid, from the most junior up: how many hold it today, the level a promotion from it
     * leads to (null: none, such as the top of a track or a free label) and its salary band's mid-point (null: unknown).
     */
    public record Rung(String level, int count, String next, BigDecimal midpoint) {
    }

    /** The people of an org by kind and its layers of management. */
    public record Shape(int headcount, int ics, int managers, int directors, int layers) {
    }

    /** What the model assumes; exactly one of {@code targetHeadcount} and {@code hiresPerQuarter} is set. */
    public record Assumptions(int quarters, Integer targetHeadcount, Integer hiresPerQuarter, BigDecimal attritionPerYear,
                              BigDecimal promotionPerYear, int spanOfControl) {

        public Assumptions {
            if (quarters < 1 || spanOfControl < 2 || (targetHeadcount == null) == (hiresPerQuarter == null)
                    || attritionPerYear.signum() < 0 || attritionPerYear.compareTo(BigDecimal.ONE) > 0
                    || promotionPerYear.signum() < 0 || promotionPerYear.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("Growth model assumptions out of range: " + this);
            }
        }
    }

    /**
     * The org at the end of each of {@code quarters} quarters after {@code today}'s quarter, which the answer's first row
     * shows as it is ({@code todayShape}, counted from the real reporting lines) with its pyramid and cost.
     */
    public static List<GrowthQuarter> run(Period today, Shape todayShape, List<Rung> pyramid, Assumptions assumptions) {
        List<GrowthQuarter> rows = new ArrayList<>();
        int[] counts = pyramid.stream().mapToInt(Rung::count).toArray();
        int[] mix = counts.clone();
        int start = sum(counts);
        rows.add(row(today.toString(), todayShape, pyramid, counts, 0, 0, 0));
        Period quarter = today;
        for (int q = 1; q <= assumptions.quarters(); q++) {
            quarter = quarter.next();
            int headcount = sum(counts);
            int leavers = share(headcount, assumptions.attritionPerYear());
            subtract(counts, spread(leavers, counts));
            int promotions = promote(counts, pyramid, assumptions.promotionPerYear());
            int remaining = headcount - leavers;
            int hires = assumptions.hiresPerQuarter() != null ? assumptions.hiresPerQuarter()
                    : Math.max(0, path(start, assumptions.targetHeadcount(), q, assumptions.quarters()) - remaining);
            add(counts, spread(hires, sum(mix) == 0 ? firstOnly(mix.length) : mix));
            rows.add(row(quarter.toString(), shape(remaining + hires, assumptions.spanOfControl()), pyramid, counts, hires, leavers,
                    promotions));
        }
        return rows;
    }

    /**
     * The management {@code headcount} people need when no manager has more than {@code span} reports: the most ICs
     * that, with the tiers of managers above them, fit in the headcount. Tier 1 (managers) leads the ICs, each tier
     * above (directors) leads the tier below, up to one person at the top. People left over, fewer than the next IC
     * would need with their new managers, are managers hired ahead of need.
     */
    public static Shape shape(int headcount, int span) {
        if (span < 2) {
            throw new IllegalArgumentException("A span of control below 2 never reaches one person at the top");
        }
        if (headcount <= 0) {
            return new Shape(0, 0, 0, 0, 0);
        }
        int low = 1;
        int high = headcount;
        while (low < high) {
            int mid = low + (high - low + 1) / 2;
            if (mid + sum(tiers(mid, span)) <= headcount) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        List<Integer> tiers = tiers(low, span);
        int leftOver = headcount - low - sum(tiers);
        int managers = (tiers.isEmpty() ? 0 : tiers.getFirst()) + leftOver;
        int directors = sum(tiers) - (tiers.isEmpty() ? 0 : tiers.getFirst());
        int layers = 1 + Math.max(tiers.size(), managers > 0 ? 1 : 0);
        return new Shape(headcount, low, managers, directors, layers);
    }

    /** The tiers of managers {@code ics} people need, from the managers of the ICs up to one person at the top. */
    static List<Integer> tiers(int ics, int span) {
        List<Integer> tiers = new ArrayList<>();
        int below = ics;
        while (below > 1) {
            below = (below + span - 1) / span;
            tiers.add(below);
        }
        return tiers;
    }

    /** A yearly share of a count, taken for one quarter: a quarter of the rate, rounded half up to whole people. */
    static int share(int count, BigDecimal perYear) {
        return BigDecimal.valueOf(count).multiply(perYear).divide(QUARTERS_A_YEAR, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * {@code total} people spread over the levels in proportion to {@code weights} (largest remainder: each level gets
     * its whole share, the people left go one each to the largest remainders, the more junior level first on a tie).
     */
    static int[] spread(int total, int[] weights) {
        long all = 0;
        for (int w : weights) {
            all += w;
        }
        int[] out = new int[weights.length];
        if (total == 0 || all == 0) {
            return out;
        }
        long[] remainders = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            long exact = (long) total * weights[i];
            out[i] = (int) (exact / all);
            remainders[i] = exact % all;
            given += out[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            out[best]++;
            remainders[best] = -1;
        }
        return out;
    }

    /** Moves each level's quarterly share of promotions to its next level, all judged on the counts before any move. */
    private static int promote(int[] counts, List<Rung> pyramid, BigDecimal perYear) {
        int[] moves = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (pyramid.get(i).next() != null && indexOf(pyramid, pyramid.get(i).next()) >= 0) {
                moves[i] = share(counts[i], perYear);
            }
        }
        int promoted = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] -= moves[i];
            counts[indexOf(pyramid, pyramid.get(i).next() == null ? pyramid.get(i).level() : pyramid.get(i).next())] += moves[i];
            promoted += moves[i];
        }
        return promoted;
    }

    /** The headcount on the straight line from today's to the target, at the end of quarter {@code q} of {@code of}. */
    static int path(int start, int target, int q, int of) {
        return start + BigDecimal.valueOf((long) (target - start) * q).divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static GrowthQuarter row(String quarter, Shape shape, List<Rung> pyramid, int[] counts, int hires, int leavers, int promotions) {
        List<LevelCount> levels = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (int i = 0; i < counts.length; i++) {
            levels.add(new LevelCount(pyramid.get(i).level(), counts[i]));
            if (pyramid.get(i).midpoint() != null) {
                cost = cost.add(pyramid.get(i).midpoint().multiply(BigDecimal.valueOf(counts[i])));
            }
        }
        return new GrowthQuarter(quarter, shape.headcount(), shape.ics(), shape.managers(), shape.directors(), shape.layers(), levels,
                cost.setScale(0, RoundingMode.HALF_UP), hires, leavers, promotions);
    }

    private static int indexOf(List<Rung> pyramid, String level) {
        for (int i = 0; i < pyramid.size(); i++) {
            if (pyramid.get(i).level().equals(level)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] firstOnly(int length) {
        int[] weights = new int[length];
        if (length > 0) {
            weights[0] = 1;
        }
        return weights;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }

    private static void subtract(int[] from, int[] amounts) {
        for (int i = 0; i < from.length; i++) {
            from[i] -= amounts[i];
        }
    }

    private static void add(int[] to, int[] amounts) {
        for (int i = 0; i < to.length; i++) {
            to[i] += amounts[i];
        }
    }
}
