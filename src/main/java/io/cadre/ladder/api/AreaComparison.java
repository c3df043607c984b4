package io.cadre.ladder.api;

import java.util.List;

/** The expectations of two levels in one competency area, and how they differ. */
public record AreaComparison(String area, String name, List<Expectation> from, List<Expectation> to, ExpectationChange change) {
}
