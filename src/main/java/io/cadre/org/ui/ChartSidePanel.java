package io.cadre.org.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.PersonView;
import io.cadre.org.api.TeamView;
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
        setWidth("28rem");
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
            TeamView t = queries.ask(new GetTeam(shown), TeamView.class);
            heading.setText(t.name());
            record.show("Kind", t.kind().name(), "Part of", org.teamName(t.parentId()), "Lead", org.personName(t.leadId()),
                    "People", String.valueOf(t.memberCount()), "Status", t.status());
            page.setHref("teams/" + shown);
        } else {
            PersonView p = queries.ask(new GetPerson(shown), PersonView.class);
            heading.setText(p.name());
            record.show("Title", p.title(), "Team", org.teamName(p.teamId()), "Manager", org.personName(p.managerId()),
                    "Level", p.level(), "Started", String.valueOf(p.startDate()), "Status", p.status());
            page.setHref("people/" + shown);
        }
        HistoryGrid history = new HistoryGrid(org);
        history.show(queries.askList(new GetHistory(shown), HistoryEntry.class));
        removeAll();
        add(heading, page, record, new H4("History"), history);
        setVisible(true);
    }
}
