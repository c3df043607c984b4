package io.cadre.planning.api;

import java.util.List;

/** A growth model's answer: the org it starts from ({@code start}, as it is today) and the org at the end of each quarter. */
public record GrowthForecast(GrowthInputs inputs, GrowthQuarter start, List<GrowthQuarter> quarters) {

    public GrowthForecast {
        quarters = List.copyOf(quarters);
    }

    public GrowthForecast withoutCost() {
        return new GrowthForecast(inputs, start.withoutCost(), quarters.stream().map(GrowthQuarter::withoutCost).toList());
    }
}
