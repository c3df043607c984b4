package io.cadre.org.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.ListPeople;
import io.cadre.org.api.PeopleOrder;
import io.cadre.org.api.PersonStatus;

// Only components already in the committed frontend bundles (no Select): a new one would need Node to rebuild them.
/** The People view's filters: team (with the teams below it), level, manager, status and start date. */
final class PeopleFilters extends HorizontalLayout {

    private static final String EVERYONE = "Everyone";
    private static final String ACTIVE = "Active";
    private static final String LEFT = "Left";

    private final ComboBox<ChartTeam> team;
    private final ComboBox<String> level = new ComboBox<>("Level");
    private final ComboBox<ChartPerson> manager;
    private final ComboBox<String> status = new ComboBox<>("Status");
    private final DatePicker startedFrom = new DatePicker("Started from");
    private final DatePicker startedTo = new DatePicker("Started until");

    PeopleFilters(OrgDirectory directory, LevelTitles levels, Runnable onChange) {
        team = directory.teamPicker("Team (and below)");
        team.setId("people-team");
        level.setId("people-level");
        level.setItems(levels.levels());
        level.setItemLabelGenerator(levels::title);
        manager = directory.personPicker("Manager");
        manager.setId("people-manager");
        status.setId("people-status");
        status.setItems(ACTIVE, LEFT, EVERYONE);
        status.setValue(ACTIVE);
        startedFrom.setId("people-started-from");
        startedTo.setId("people-started-to");
        team.setClearButtonVisible(true);
        level.setClearButtonVisible(true);
        manager.setClearButtonVisible(true);
        startedFrom.setClearButtonVisible(true);
        startedTo.setClearButtonVisible(true);
        team.addValueChangeListener(e -> onChange.run());
        level.addValueChangeListener(e -> onChange.run());
        manager.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        startedFrom.addValueChangeListener(e -> onChange.run());
        startedTo.addValueChangeListener(e -> onChange.run());
        team.setWidth("13rem");
        level.setWidth("13rem");
        manager.setWidth("13rem");
        status.setWidth("8rem");
        startedFrom.setWidth("9.5rem");
        startedTo.setWidth("9.5rem");
        setWrap(true);
        add(team, level, manager, status, startedFrom, startedTo);
    }

    ListPeople query(String q, PeopleOrder order, boolean descending, int page, int size) {
        PersonStatus chosen = switch (status.getValue() == null ? ACTIVE : status.getValue()) {
            case LEFT -> PersonStatus.LEFT;
            case EVERYONE -> null;
            default -> PersonStatus.ACTIVE;
        };
        return new ListPeople(q, OrgDirectory.id(team.getValue()), level.getValue(), OrgDirectory.id(manager.getValue()), chosen,
                startedFrom.getValue(), startedTo.getValue(), order, descending, page, size, null);
    }

    /** Whether any filter narrows the list beyond the people active today. */
    boolean any() {
        return !team.isEmpty() || !level.isEmpty() || !manager.isEmpty() || !ACTIVE.equals(status.getValue())
                || !startedFrom.isEmpty() || !startedTo.isEmpty();
    }
}
