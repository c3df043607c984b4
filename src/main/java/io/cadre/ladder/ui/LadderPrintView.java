package io.cadre.ladder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.GetLadder;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderView;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.Track;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.UUID;

/** A ladder laid out to print on A4: its tracks, then each level with its expectations area by area; no pay. */
@Route(value = "ladders/:ladderId/print", autoLayout = false)
@PageTitle("Ladder for print · Cadre")
@StyleSheet("context://styles/ladder-print.css")
@PermitAll
class LadderPrintView extends Div implements BeforeEnterObserver {

    private final Queries queries;

    LadderPrintView(Queries queries) {
        this.queries = queries;
        addClassName("ladder-print");
        setId("ladder-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LadderView ladder;
        try {
            ladder = queries.ask(new GetLadder(UUID.fromString(event.getRouteParameters().get("ladderId").orElse(""))), LadderView.class);
        } catch (IllegalArgumentException | NotFound e) {
            event.rerouteToError(NotFoundException.class, "No such ladder");
            return;
        }
        boolean published = ladder.published() != null;
        LadderContent content = (published ? ladder.published() : ladder.draft()).withoutSalaryBands();
        removeAll();
        Button print = new Button("Print", click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        add(print, new H1(content.name()), new Paragraph(published ? "Version " + ladder.latestVersion() : "Draft, not published"));
        if (content.summary() != null) {
            add(new Paragraph(content.summary()));
        }
        for (Track track : content.tracks()) {
            Paragraph line = new Paragraph(track.name() + ": " + String.join(" → ", content.levelsOn(track.code()).stream()
                    .map(l -> l.title() + (l.retired() ? " (retired)" : "")).toList()));
            line.addClassName("meta");
            add(line);
        }
        content.levels().stream().sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code))
                .forEach(level -> add(level(content, level)));
    }

    private static Section level(LadderContent content, Level level) {
        Section section = new Section();
        section.addClassName("level");
        Paragraph meta = new Paragraph(level.code() + " · " + String.join(", ", level.tracks()) + " · rank " + level.order()
                + (level.retired() ? " · retired" : "")
                + (content.equivalentsOf(level.code()).isEmpty() ? "" : " · equivalent to " + String.join(", ", content.equivalentsOf(level.code()))));
        meta.addClassName("meta");
        NativeTableBody body = new NativeTableBody();
        for (Area area : content.areas()) {
            NativeTableCell cell = new NativeTableCell();
            for (Expectation expectation : content.expectationsOf(level.code(), area.code())) {
                Div line = new Div();
                if (expectation.proficiency() != null) {
                    Span proficiency = new Span(expectation.proficiency());
                    proficiency.addClassName("proficiency");
                    line.add(proficiency);
                }
                Span text = new Span(expectation.text());
                text.addClassName("expectation");
                line.add(text);
                cell.add(line);
            }
            body.add(new NativeTableRow(new NativeTableHeaderCell(area.name()), cell));
        }
        section.add(new H2(level.title()), meta, new NativeTable(body));
        return section;
    }
}
