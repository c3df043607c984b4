package io.cadre.ladder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.ladder.api.GrowthStep;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.LevelOption;
import io.cadre.ladder.api.ListOpenLevels;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import io.cadre.platform.ui.RecordSection;
import io.cadre.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A person's growth path: the levels they held, each with the ladder version it was judged against and what
 * newer versions changed; the sections downstream capabilities add ({@link RecordSection#GROWTH_PATH}: the pipeline's
 * promotion cases); their next levels and cross-track options; and what a chosen target expects.
 */
@Route("people/:personId/growth-path")
@PageTitle("Growth path · Cadre")
@PermitAll
class GrowthPathView extends LiveView implements BeforeEnterObserver {

    private final Queries queries;
    private final Commands commands;
    private final Clock clock;
    private final boolean editor;
    private final H2 heading = new H2();
    private final Paragraph standing = new Paragraph();
    private final Grid<GrowthStep> steps = new Grid<>();
    private final Grid<LevelOption> options = new Grid<>();
    private final ComboBox<Level> target = new ComboBox<>("Compare with a target level");
    private final ComparisonGrid comparison = new ComparisonGrid("target-comparison");
    private final Button changeLevel = new Button("Change level", VaadinIcon.ARROW_UP.create(), click -> openChangeLevel());
    private final Div sections = new Div();
    private final List<RecordSection> contributed;
    private UUID personId;

    GrowthPathView(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication, Clock clock,
                   List<RecordSection> sections) {
        super(changes);
        this.contributed = sections.stream().filter(section -> RecordSection.GROWTH_PATH.equals(section.recordKind()))
                .sorted(Comparator.comparingInt(RecordSection::order)).toList();
        this.sections.setId("growth-sections");
        this.sections.setWidthFull();
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        heading.setId("growth-heading");
        standing.setId("growth-standing");
        steps.setId("growth-steps");
        steps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        steps.setAllRowsVisible(true);
        steps.addColumn(s -> s.effectiveDate().toString()).setHeader("From").setWidth("8rem").setFlexGrow(0);
        steps.addColumn(s -> s.title() == null ? s.level() : s.title() + " (" + s.level() + ")").setHeader("Level").setFlexGrow(2);
        steps.addColumn(s -> s.kind().charAt(0) + s.kind().substring(1).toLowerCase().replace('_', ' ')).setHeader("Change");
        steps.addColumn(s -> s.ladderVersion() == null ? "free label" : "version " + s.ladderVersion()).setHeader("Judged against");
        steps.addColumn(s -> duration(s.daysInLevel())).setHeader("Time in level");
        steps.addColumn(s -> String.join("; ", s.changedSince())).setHeader("Changed since").setFlexGrow(2);
        options.setId("growth-options");
        options.setAllRowsVisible(true);
        options.addColumn(o -> o.title() + " (" + o.level() + ")").setHeader("Level").setFlexGrow(2);
        options.addColumn(LevelOption::relation).setHeader("Why it is an option").setFlexGrow(2);
        options.addItemClickListener(e -> target.getListDataView().getItems()
                .filter(l -> e.getItem().level().endsWith("/" + l.code())).findFirst().ifPresent(target::setValue));
        target.setId("growth-target");
        target.setWidth("24rem");
        target.setItemLabelGenerator(l -> l.title() + " (" + l.code() + ")");
        target.addValueChangeListener(e -> showTarget());
        changeLevel.setId("change-level");
        changeLevel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changeLevel.setVisible(editor);
        add(heading, standing, changeLevel, new H3("Levels held"), steps, this.sections, new H3("Where next"), options, target, comparison);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            personId = UUID.fromString(event.getRouteParameters().get("personId").orElse(""));
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            event.rerouteToError(NotFoundException.class, "No such person");
        }
    }

    @Override
    protected void refresh() {
        if (personId == null) {
            return;
        }
        GrowthPath path = queries.ask(new GetGrowthPath(personId, null), GrowthPath.class);
        heading.setText("Growth path · " + path.personName());
        standing.removeAll();
        standing.add(path.currentLevel() == null ? "No level yet. " : (path.currentTitle() != null ? path.currentTitle() + " (" + path.currentLevel() + ")"
                : path.currentLevel() + " (a free label, on no published ladder)") + " for " + duration(path.daysInLevel())
                + ", since " + path.since() + (path.latestVersion() == null ? "." : "; ladder version " + path.latestVersion() + " is in force. "));
        standing.add(new Anchor("people/" + personId, "Back to the record"));
        steps.setItems(path.steps());
        sections.removeAll();
        for (RecordSection section : contributed) {
            Component component = section.create(personId);
            if (component != null) {
                sections.add(component);
            }
        }
        List<LevelOption> all = new ArrayList<>(path.nextLevels());
        all.addAll(path.crossTrackOptions());
        options.setItems(all);
        List<Level> levels = path.ladderCode() == null ? List.of() : queries.askList(new FindLadderByCode(path.ladderCode()), LadderDetails.class)
                .stream().flatMap(l -> l.published().levels().stream()).filter(l -> !l.retired())
                .sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code)).toList();
        Level chosen = target.getValue();
        target.setItems(levels);
        target.setEnabled(!levels.isEmpty());
        target.setValue(chosen == null ? null : levels.stream().filter(l -> l.code().equals(chosen.code())).findFirst().orElse(null));
        showTarget();
    }

    private void showTarget() {
        if (personId == null || target.getValue() == null) {
            comparison.show(null);
            comparison.setVisible(false);
            return;
        }
        comparison.show(queries.ask(new GetGrowthPath(personId, target.getValue().code()), GrowthPath.class).target());
        comparison.setVisible(true);
    }

    private void openChangeLevel() {
        CommandDialog dialog = new CommandDialog("Change level", "Change level", LocalDate.now(clock));
        ComboBox<LevelOption> level = dialog.field("level", new ComboBox<>("New level", queries.askList(new ListOpenLevels(), LevelOption.class)));
        level.setItemLabelGenerator(l -> l.title() + " (" + l.level() + ")");
        level.setWidthFull();
        ComboBox<LevelChangeKind> kind = dialog.field("kind", new ComboBox<>("Kind of change", LevelChangeKind.values()));
        kind.setValue(LevelChangeKind.PROMOTION);
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeLevel(personId, level.getValue() == null ? null : level.getValue().level(),
                kind.getValue(), dialog.effectiveDate(), null), personId, dialog.reason()), this::refresh);
        dialog.open();
    }

    static String duration(long days) {
        Period period = Period.between(LocalDate.EPOCH, LocalDate.EPOCH.plusDays(days));
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return days + (days == 1 ? " day" : " days");
        }
        String years = period.getYears() == 0 ? "" : period.getYears() + (period.getYears() == 1 ? " year " : " years ");
        String months = period.getMonths() == 0 ? "" : period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
        return (years + months).strip();
    }
}
