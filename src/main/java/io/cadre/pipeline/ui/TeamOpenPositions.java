package io.cadre.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.cadre.pipeline.api.FindPositions;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.pipeline.api.PositionPage;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.RecordSection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The team page's open positions, one line per title: "Open: Senior Engineer 1, approved 34 days ago". */
@org.springframework.stereotype.Component
class TeamOpenPositions implements RecordSection {

    private static final int SHOWN = 200;

    private final Queries queries;
    private final Clock clock;

    TeamOpenPositions(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String recordKind() {
        return "team";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(UUID teamId) {
        List<PositionDetails> open = queries.ask(new FindPositions(teamId, null, null, null, 0, SHOWN), PositionPage.class).items()
                .stream().filter(p -> p.teamId().equals(teamId) && p.status().open()).toList();
        Div section = new Div(new H3("Open positions"));
        section.setId("team-open-positions");
        if (open.isEmpty()) {
            section.add(new Paragraph("No open positions."));
        } else {
            Map<String, List<PositionDetails>> byTitle = open.stream().collect(Collectors.groupingBy(PositionDetails::title,
                    LinkedHashMap::new, Collectors.toList()));
            byTitle.forEach((title, positions) -> {
                Paragraph line = new Paragraph("Open: " + title + " " + positions.size() + ", " + since(positions));
                line.addClassName("open-position");
                section.add(line);
            });
        }
        section.add(new Anchor("positions?team=" + teamId, "Open in Positions"));
        return section;
    }

    /** How long the oldest of them has waited: since approval, or since it was proposed; frozen ones say so. */
    private String since(List<PositionDetails> positions) {
        LocalDate today = LocalDate.now(clock);
        PositionDetails oldest = positions.stream()
                .min(Comparator.comparing((PositionDetails p) -> p.approvedOn() != null ? p.approvedOn() : p.openedOn())).orElseThrow();
        String frozen = positions.stream().anyMatch(p -> p.status() == PositionStatus.FROZEN) ? " (frozen)" : "";
        if (oldest.approvedOn() != null) {
            return "approved " + ChronoUnit.DAYS.between(oldest.approvedOn(), today) + " days ago" + frozen;
        }
        return "proposed " + ChronoUnit.DAYS.between(oldest.openedOn(), today) + " days ago, not yet approved" + frozen;
    }
}
