package io.cadre.org.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.HistoryEntry;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.ui.LiveView;
import io.cadre.shared.NotFound;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The page of one team or person: a heading, its record, the buttons for the changes an editor may make,
 * and its full history; it redraws when anything changes.
 */
abstract class RecordPage extends LiveView implements BeforeEnterObserver {

    final Queries queries;
    final Commands commands;
    final boolean editor;
    final H2 heading = new H2();
    final RecordPanel record = new RecordPanel();
    final HorizontalLayout actions = new HorizontalLayout();
    private final String idParameter;
    private final String kind;
    private HistoryGrid history;
    private LocalDate today;
    UUID id;

    RecordPage(Queries queries, Commands commands, ReadModelChanges changes, boolean editor, String idParameter, String kind) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.editor = editor;
        this.idParameter = idParameter;
        this.kind = kind;
        heading.setId(kind + "-name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get(idParameter).orElse(""));
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            removeAll();
            add(new H2("No such " + kind), new Span("There is no " + kind + " with this id in Cadre."));
        }
    }

    Button action(String label, Runnable open) {
        Button button = new Button(label, click -> open.run());
        button.setId("action-" + label.toLowerCase().replace(' ', '-'));
        return button;
    }

    void showActions(boolean active, Component... buttons) {
        actions.removeAll();
        if (editor && active) {
            actions.add(buttons);
        }
    }

    /** Today in the organisation's time zone, as of the last redraw: the date a new change defaults to. */
    LocalDate today() {
        return today;
    }

    void showHistory(OrgDirectory org) {
        today = org.date();
        if (history != null) {
            remove(history);
        }
        history = new HistoryGrid(org);
        history.show(queries.askList(new GetHistory(id), HistoryEntry.class));
        add(history);
    }
}
