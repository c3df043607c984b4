package io.cadre.org.ui;

import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetPerson;
import io.cadre.shared.NotAllowed;
import com.vaadin.flow.component.html.Span;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.Queries;
import java.util.UUID;

/** Beside the chart: the record of the person or team selected in it, as it stands today, and its full history. */
final class ChartSidePanel extends VerticalLayout {

    private final Queries queries;
    private final H3 heading = new H3();
    private final Anchor page = new Anchor();
    private final RecordPanel record = new RecordPanel();
    private UUID shown;
    private boolean team;

    ChartSidePanel(Queries queries) {
        this.queries = queries;
        setId("chart-side-panel");
        setWidth("36rem");
        setPadding(false);
        getStyle().set("overflow", "auto").set("flex-shrink", "0");
        heading.setId("selected-name");
        page.setId("selected-page");
        page.setText("Open the full page");
        setVisible(false);
    }

    void showPerson(UUID id) {
        shown = id;
        team = false;
        refresh();
    }

    void showTeam(UUID id) {
        shown = id;
        team = true;
        refresh();
    }

    protected void refresh() {
        if (shown == null) {
            return;
        }
        OrgDirectory org = OrgDirectory.today(queries);
        if (team) {
            TeamDetails t = queries.ask(new GetTeam(shown), TeamDetails.class);
            heading.setText(t.name());
            record.show("Kind", Words.of(t.kind()), "Part of", org.teamName(t.parentId()), "Lead", org.personName(t.leadId()),
                    "People", org.memberCounts(t.id()), "Status", Words.of(t.status()));
            page.setHref("teams/" + shown);
        } else if (!inScope(shown)) {
            ChartPerson p = org.person(shown);
            heading.setText(p == null ? "" : p.name());
            record.show("Title", p == null ? "" : p.title(), "Team", p == null ? "" : org.teamName(p.teamId()),
                    "Manager", p == null ? "" : org.personName(p.managerId()));
            page.setHref("people/" + shown);
            Span note = new Span("Outside your scope: the rest of this person's record and their history are not shown to you.");
            note.setId("selected-out-of-scope");
            removeAll();
            add(heading, page, record, note);
            setVisible(true);
            return;
        } else {
            PersonDetails p = queries.ask(new GetPerson(shown), PersonDetails.class);
            heading.setText(p.name());
            record.show("Title", p.title(), "Team", org.teamName(p.teamId()), "Manager", org.personName(p.managerId()),
                    "Level", LevelTitles.of(queries).withCode(p.level()), "Started", Words.date(p.startDate()),
                    "Status", Words.of(p.status()));
            page.setHref("people/" + shown);
        }
        HistoryGrid history = new HistoryGrid(org);
        history.show(queries.askList(new GetHistory(shown), HistoryEntry.class));
        removeAll();
        add(heading, page, record, new H4("History"), history);
        setVisible(true);
    }

    /** Whether the person's record is in the signed-in user's scope, as the query bus decides it. */
    private boolean inScope(UUID personId) {
        try {
            queries.ask(new GetPerson(personId), PersonDetails.class);
            return true;
        } catch (NotAllowed e) {
            return false;
        }
    }
}
