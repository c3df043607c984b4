package io.cadre.ladder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.ladder.api.LadderVersionInfo;
import io.cadre.ladder.api.LadderDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A ladder's published versions, when, by whom and why, and what the draft would change if published. */
final class VersionsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Grid<LadderVersionInfo> versions = new Grid<>();
    private final VerticalLayout pending = new VerticalLayout();
    private final ZoneId zone;

    VersionsPanel(ZoneId zone) {
        this.zone = zone;
        setPadding(false);
        versions.setId("versions");
        versions.setAllRowsVisible(true);
        versions.addColumn(v -> "Version " + v.version()).setHeader("Version").setWidth("8rem").setFlexGrow(0);
        versions.addColumn(v -> WHEN.format(v.publishedAt().atZone(zone))).setHeader("Published").setWidth("11rem").setFlexGrow(0);
        versions.addColumn(LadderVersionInfo::publishedBy).setHeader("By").setWidth("10rem").setFlexGrow(0);
        versions.addColumn(v -> v.reason() == null ? "" : v.reason()).setHeader("Why");
        pending.setPadding(false);
        pending.setId("draft-changes");
        add(pending, new H4("Published versions"), versions);
    }

    void show(LadderDetails ladder) {
        versions.setItems(ladder.versions());
        pending.removeAll();
        if (ladder.draftPending()) {
            UnorderedList changes = new UnorderedList();
            ladder.draftChanges().forEach(c -> changes.add(new ListItem(c)));
            pending.add(new H4("The draft, if published, would change"), changes);
        } else {
            pending.add(new Paragraph(ladder.latestVersion() == null ? "Not published yet." : "The draft is the same as version "
                    + ladder.latestVersion() + "."));
        }
    }
}
