package io.cadre.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.cadre.planning.api.FindObjectives;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.Period;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.RecordSection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


/** The objectives section of a team's page: the team's own objectives of this quarter and the next, as cards. */
@org.springframework.stereotype.Component
class TeamObjectives implements RecordSection {

    private final Queries queries;
    private final Clock clock;

    TeamObjectives(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String recordKind() {
        return "team";
    }

    @Override
    public Component create(UUID teamId) {
        LocalDate today = LocalDate.now(clock);
        Period current = Period.quarterOf(today);
        List<ObjectiveDetails> objectives = new ArrayList<>();
        for (Period period : List.of(current, current.next())) {
            queries.askList(new FindObjectives(teamId, period.toString(), false, today), ObjectiveDetails.class).stream()
                    .filter(o -> o.status() != ObjectiveStatus.DROPPED && objectives.stream().noneMatch(x -> x.id().equals(o.id())))
                    .forEach(objectives::add);
        }
        Div section = new Div(new H3("Objectives"));
        section.setId("team-objectives");
        Div cards = new Div();
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        objectives.forEach(o -> cards.add(new ObjectiveCard(o, null)));
        section.add(objectives.isEmpty() ? new Paragraph("No objectives for " + current + " or " + current.next() + " yet.") : cards,
                new Anchor("objectives?team=" + teamId, "Open in Objectives"));
        return section;
    }
}
