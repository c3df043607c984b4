package io.cadre.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.pipeline.api.AddCandidate;
import io.cadre.pipeline.api.BoardCandidate;
import io.cadre.pipeline.api.BoardPosition;
import io.cadre.pipeline.api.CandidateStage;
import io.cadre.pipeline.api.CriticalRole;
import io.cadre.pipeline.api.GetPipelineBoard;
import io.cadre.pipeline.api.GetSuccessionCoverage;
import io.cadre.pipeline.api.SuccessionCoverage;
import io.cadre.pipeline.api.MoveCandidate;
import io.cadre.pipeline.api.OpenPosition;
import io.cadre.pipeline.api.PipelineBoard;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.pipeline.api.PositionTransition;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import io.cadre.shared.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The pipeline board of a team and the teams below it: each open position with a column per stage and a card per
 * candidate. Editors open positions and move them through their statuses, add candidates, and move a card by dragging it
 * to another column (or with its Move button); every change asks for its date and reason.
 */
@Route("pipeline")
@PageTitle("Pipeline · Cadre")
@Menu(title = "Pipeline", order = 5)
@PermitAll
class PipelineView extends LiveView {

    private final Queries queries;
    private final Commands commands;
    private final Clock clock;
    private final boolean editor;
    private final ComboBox<ChartTeam> team = new ComboBox<>("Team and below");
    private final Span empty = new Span();
    private final VerticalLayout positions = new VerticalLayout();
    private final Div coverage = new Div();

    PipelineView(Queries queries, Commands commands, Clock clock, ReadModelChanges changes, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        setSizeFull();
        team.setId("pipeline-team");
        team.setItemLabelGenerator(ChartTeam::name);
        team.setClearButtonVisible(true);
        team.setItems(chart().teams().stream().sorted(Comparator.comparing(ChartTeam::name)).toList());
        team.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(team);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (editor) {
            Button open = new Button("Open position", VaadinIcon.PLUS.create(), click -> openPosition());
            open.setId("open-position");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(open);
        }
        empty.setId("pipeline-empty");
        positions.setPadding(false);
        coverage.setId("succession-coverage");
        Details succession = new Details("Succession coverage", coverage);
        add(new H2("Pipeline"), toolbar, succession, empty, positions);
        refresh();
    }

    private OrgChart chart() {
        return queries.ask(new GetOrgChart(null, null), OrgChart.class);
    }

    @Override
    protected void refresh() {
        UUID teamId = team.getValue() == null ? null : team.getValue().id();
        PipelineBoard board = queries.ask(new GetPipelineBoard(teamId), PipelineBoard.class);
        positions.removeAll();
        board.positions().forEach(p -> positions.add(position(p)));
        empty.setText(editor ? "No open positions here. Open one for a team at a level of a published ladder, then approve it."
                : "No open positions you hire for here: the board shows the positions of the teams you lead and of the people"
                + " who report to you.");
        empty.setVisible(board.positions().isEmpty());
        showCoverage(queries.ask(new GetSuccessionCoverage(teamId), SuccessionCoverage.class));
    }

    /** The critical roles without a successor ready now, riskiest first, each linked to the person's page. */
    private void showCoverage(SuccessionCoverage found) {
        coverage.removeAll();
        coverage.add(new Paragraph(found.covered() + " of " + found.criticalRoles() + " critical roles have a successor ready now."));
        for (CriticalRole role : found.uncovered()) {
            String why = (role.leads().isEmpty() ? "" : "leads " + String.join(", ", role.leads()))
                    + (role.risk() == null ? "" : (role.leads().isEmpty() ? "" : "; ") + "risk " + role.risk())
                    + "; " + (role.nearest() == null ? "no successor" : "nearest successor " + PersonSuccession.readiness(role.nearest())
                    .toLowerCase());
            Div line = new Div(new Anchor("people/" + role.personId(), role.name()), new Span(" — " + why));
            line.addClassName("uncovered-role");
            coverage.add(line);
        }
    }

    private Component position(BoardPosition board) {
        PositionDetails p = board.position();
        Div box = new Div();
        box.setId("position-" + p.id());
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("width", "100%").set("box-sizing", "border-box");
        Span status = new Span(p.status().name());
        status.setId("status-" + p.id());
        status.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(new H3(p.title()), new Span(p.level()), status,
                new Span("opened " + p.ageDays() + " days ago"));
        header.setAlignItems(Alignment.BASELINE);
        if (editor) {
            transitions(p).forEach(header::add);
            header.add(button("add-candidate-" + p.id(), "Add candidate", () -> addCandidate(p)));
        }
        HorizontalLayout columns = new HorizontalLayout();
        columns.setWidthFull();
        columns.getStyle().set("overflow-x", "auto");
        board.candidates().forEach((stage, cards) -> columns.add(column(p, stage, cards)));
        box.add(header, columns);
        return box;
    }

    private List<Button> transitions(PositionDetails p) {
        return PositionTransition.offeredFrom(p.status()).stream().map(t -> button(t.path() + "-" + p.id(), t.label(), () -> {
            CommandDialog dialog = new CommandDialog(t.label() + " " + p.title(), t.label(), LocalDate.now(clock));
            dialog.withDateAndReason("On");
            dialog.onSave(() -> commands.send(t.command(p.id(), dialog.effectiveDate(), null), p.id(), dialog.reason()), this::refresh);
            dialog.open();
        })).toList();
    }

    private Component column(PositionDetails p, CandidateStage stage, List<BoardCandidate> cards) {
        VerticalLayout column = new VerticalLayout();
        column.setId("column-" + p.id() + "-" + stage);
        column.setPadding(false);
        column.setSpacing(false);
        column.getStyle().set("min-width", "9rem").set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-xs)");
        column.add(new Span(stage.name().charAt(0) + stage.name().substring(1).toLowerCase() + " (" + cards.size() + ")"));
        cards.forEach(c -> column.add(card(c)));
        if (editor) {
            DropTarget<VerticalLayout> target = DropTarget.create(column);
            target.addDropListener(e -> e.getDragData().ifPresent(data -> move((BoardCandidate) data, stage)));
        }
        return column;
    }

    private Component card(BoardCandidate c) {
        Div card = new Div(new Span(c.name() == null ? "(erased)" : c.name()));
        card.setId("card-" + c.id());
        card.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-xs)")
                .set("margin", "2px 0").set("border-radius", "var(--lumo-border-radius-s)").set("width", "100%");
        if (c.personId() != null) {
            card.add(new Div(new Span("Hired")));
        } else if (c.hireProblem() != null) {
            Span problem = new Span("Hire refused: " + c.hireProblem());
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            card.add(new Div(problem));
        }
        if (editor) {
            DragSource<Div> drag = DragSource.create(card);
            drag.setDragData(c);
            card.add(button("move-" + c.id(), "Move", () -> move(c, null)));
        }
        return card;
    }

    private void move(BoardCandidate c, CandidateStage to) {
        CommandDialog dialog = new CommandDialog("Move " + c.name(), "Move", LocalDate.now(clock));
        ComboBox<CandidateStage> stage = dialog.field("stage", new ComboBox<>("Stage", CandidateStage.values()));
        stage.setValue(to);
        DatePicker start = dialog.field("startDate", new DatePicker("Start date (when accepted)"));
        dialog.withDateAndReason("Moved on");
        dialog.onSave(() -> commands.send(new MoveCandidate(c.id(), stage.getValue(), start.getValue(), dialog.effectiveDate(),
                null), c.id(), dialog.reason()), this::refresh);
        dialog.open();
    }

    private void openPosition() {
        OrgChart org = chart();
        CommandDialog dialog = new CommandDialog("Open a position", "Open", LocalDate.now(clock));
        ComboBox<ChartTeam> teamField = dialog.field("teamId", new ComboBox<>("Team"));
        teamField.setItems(org.teams());
        teamField.setItemLabelGenerator(ChartTeam::name);
        teamField.setValue(team.getValue());
        TextField level = dialog.field("level", new TextField("Level (ladder/level)"));
        TextField title = dialog.field("title", new TextField("Title"));
        ComboBox<ChartPerson> manager = dialog.field("managerId", new ComboBox<>("Reports to"));
        manager.setItems(org.people());
        manager.setItemLabelGenerator(ChartPerson::name);
        DatePicker targetStart = dialog.field("targetStart", new DatePicker("Target start"));
        dialog.withDateAndReason("Opened on");
        dialog.onSave(() -> {
            UUID id = UUID.randomUUID();
            return commands.send(new OpenPosition(id, teamField.getValue() == null ? null : teamField.getValue().id(),
                    level.getValue(), title.getValue(), manager.getValue() == null ? null : manager.getValue().id(),
                    targetStart.getValue(), dialog.effectiveDate()), id, dialog.reason());
        }, this::refresh);
        dialog.open();
    }

    private void addCandidate(PositionDetails p) {
        CommandDialog dialog = new CommandDialog("Add a candidate for " + p.title(), "Add", LocalDate.now(clock));
        TextField name = dialog.field("name", new TextField("Name"));
        TextField email = dialog.field("email", new TextField("Email"));
        TextField source = dialog.field("source", new TextField("Source"));
        dialog.withDateAndReason("Added on");
        dialog.onSave(() -> {
            UUID id = UUID.randomUUID();
            return commands.send(new AddCandidate(id, p.id(), name.getValue(), email.getValue(), source.getValue(),
                    dialog.effectiveDate()), id, dialog.reason());
        }, this::refresh);
        dialog.open();
    }

    private static Button button(String id, String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
