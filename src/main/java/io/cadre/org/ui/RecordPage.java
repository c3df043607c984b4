package io.cadre.org.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.RetractPersonChange;
import io.cadre.org.api.RetractTeamChange;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.LiveView;
import io.cadre.platform.ui.RecordSection;
import io.cadre.platform.ui.RetractionDialog;
import io.cadre.shared.NotFound;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The page of one team or person: a heading, its record, the buttons for the changes an editor may make, the
 * sections other capabilities contribute ({@link RecordSection}), and its full history; it redraws when anything changes.
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
    private final Div sections = new Div();
    private final List<RecordSection> contributed;
    private HistoryGrid history;
    private LocalDate today;
    UUID id;

    RecordPage(Queries queries, Commands commands, ReadModelChanges changes, boolean editor, String idParameter, String kind,
               List<RecordSection> sections) {
        super(changes);
        this.contributed = sections.stream().filter(section -> kind.equals(section.recordKind()))
                .sorted(Comparator.comparingInt(RecordSection::order)).toList();
        this.sections.setId(kind + "-sections");
        this.sections.setWidthFull();
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

    /** The sections other capabilities contribute to this kind of page, drawn afresh for the record shown. */
    Div sections() {
        return sections;
    }

    private boolean mayRetract() {
        return SignedIn.maySend("person".equals(kind) ? RetractPersonChange.class : RetractTeamChange.class);
    }

    /** "Retract" on a history row: the same confirmation as the audit timeline's; the page redraws once it is recorded. */
    private void retract(HistoryEntry entry) {
        UUID subject = id;
        UUID eventId = UUID.fromString(entry.eventId());
        Object command = "person".equals(kind) ? new RetractPersonChange(subject, eventId) : new RetractTeamChange(subject, eventId);
        RetractionDialog.open(history.described(entry), entry.effectiveDate(), heading.getText(),
                reason -> commands.send(command, subject, reason), this::refresh);
    }

    void showHistory(OrgDirectory org) {
        sections.removeAll();
        contributed.stream().map(section -> section.create(id)).filter(Objects::nonNull).forEach(sections::add);
        today = org.date();
        if (history != null) {
            remove(history);
        }
        history = new HistoryGrid(org, mayRetract() ? this::retract : null);
        history.show(queries.askList(new GetHistory(id), HistoryEntry.class));
        add(history);
    }
}
