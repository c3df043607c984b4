package io.cadre.planning.ui;

import io.cadre.planning.api.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods a person plans in, around today: recent and coming quarters, this year's and next year's halves, and the years. */
final class Periods {

    private Periods() {
    }

    static List<String> around(LocalDate today) {
        Period current = Period.quarterOf(today);
        List<Period> periods = new ArrayList<>();
        Period quarter = current.previous().previous();
        for (int i = 0; i < 7; i++) {
            periods.add(quarter);
            quarter = quarter.next();
        }
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            periods.add(Period.parse("period", year + "-H1"));
            periods.add(Period.parse("period", year + "-H2"));
            periods.add(Period.parse("period", Integer.toString(year)));
        }
        return periods.stream().sorted().map(Period::toString).distinct().toList();
    }
}
