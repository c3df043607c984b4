package io.cadre.org.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The boxes that are not people on the org chart of a date, in the order they were given. */
public record ChartPlaceholderList(List<ChartPlaceholder> placeholders) {

    /** Those whose team is among {@code teams}: a chart from one team down, or a team dissolved on the date, shows no others. */
    public List<ChartPlaceholder> within(Set<UUID> teams) {
        return placeholders.stream().filter(p -> teams.contains(p.teamId())).toList();
    }
}
