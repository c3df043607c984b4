package io.cadre.shared;

import java.util.Collection;
import java.util.List;

/** The median of some numbers, as every report and figure of Cadre computes it. */
public final class Median {

    private Median() {
    }

    /** The median of the values (the mean of the middle two for an even count), or null when there is none. */
    public static Double of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
