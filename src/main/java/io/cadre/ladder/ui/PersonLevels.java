package io.cadre.ladder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.ladder.api.GrowthStep;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.RecordSection;
import java.util.UUID;

/** The person page's levels: each level the person held, with its date and the ladder version it was judged against. */
@org.springframework.stereotype.Component
class PersonLevels implements RecordSection {

    private final Queries queries;

    PersonLevels(Queries queries) {
        this.queries = queries;
    }

    @Override
    public String recordKind() {
        return "person";
    }

    @Override
    public Component create(UUID personId) {
        Anchor growthPath = new Anchor("people/" + personId + "/growth-path", "Growth path on the career ladder");
        growthPath.setId("growth-path");
        Grid<GrowthStep> levels = new Grid<>();
        levels.setId("level-history");
        levels.setAllRowsVisible(true);
        levels.addColumn(step -> step.effectiveDate().toString()).setHeader("From");
        levels.addColumn(step -> step.title() == null ? step.level() : step.title() + " (" + step.level() + ")").setHeader("Level")
                .setFlexGrow(3);
        levels.addColumn(step -> step.kind().charAt(0) + step.kind().substring(1).toLowerCase().replace('_', ' ')).setHeader("Change");
        levels.addColumn(step -> step.ladderVersion() == null ? "free label" : "ladder version " + step.ladderVersion())
                .setHeader("Judged against");
        levels.setItems(queries.ask(new GetGrowthPath(personId, null), GrowthPath.class).steps());
        return new Div(growthPath, new H3("Levels"), levels);
    }
}
