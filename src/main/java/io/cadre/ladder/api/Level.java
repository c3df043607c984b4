package io.cadre.ladder.api;

import java.util.List;

/**
 * A step on one or more tracks: {@code order} ranks it by seniority (higher is more senior), a level shared
 * by several tracks sits before they fork, and a retired level keeps the people on it but takes no new ones.
 */
public record Level(String code, String title, List<String> tracks, int order, SalaryBand salaryBand, boolean retired) {

    public Level {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    public Level withoutSalaryBand() {
        return new Level(code, title, tracks, order, null, retired);
    }

    public Level withSalaryBand(SalaryBand band) {
        return new Level(code, title, tracks, order, band, retired);
    }
}
