package io.cadre.org.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The port through which capabilities downstream add boxes to the org chart that are not people (the talent pipeline
 * adds its approved positions): every bean that implements it is asked, for the chart's date. The boxes are drawn
 * under their team and manager, are never dragged, and count as nobody.
 */
public interface ChartPlaceholders {

    /** The boxes that stand on the chart of {@code asOf}, whatever teams the chart shows (the chart keeps its own). */
    List<ChartPlaceholder> on(LocalDate asOf);
}
