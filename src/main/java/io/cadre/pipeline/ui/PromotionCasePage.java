package io.cadre.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.GetLadderVersion;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.pipeline.api.CalibrationChange;
import io.cadre.pipeline.api.DecidePromotion;
import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.api.GetPromotion;
import io.cadre.pipeline.api.PromotionDecision;
import io.cadre.pipeline.api.PromotionDetails;
import io.cadre.pipeline.api.WithdrawPromotion;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import io.cadre.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One promotion case: who, from which level to which, judged against which ladder version; the evidence side by side
 * with what the target level expects in each area (of that version); the calibration log; the decision. HR decides here;
 * whoever nominated may withdraw.
 */
@Route("promotions/:promotionId")
@PageTitle("Promotion case · Cadre")
@PermitAll
class PromotionCasePage extends LiveView implements BeforeEnterObserver {

    /** One competency area of the target level: its expectations and the evidence given for it. */
    record AreaRow(String area, String expectations, String evidence) {
    }

    private final Queries queries;
    private final Commands commands;
    private final PromotionScope scope;
    private final Clock clock;
    private UUID id;

    PromotionCasePage(Queries queries, Commands commands, PromotionScope scope, Clock clock, ReadModelChanges changes) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("promotionId").orElse(""));
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            removeAll();
            add(new H2("No such promotion case"), new Span("There is no promotion case with this id in Cadre."));
        }
    }

    @Override
    protected void refresh() {
        if (id == null) {
            return;
        }
        PromotionDetails p = queries.ask(new GetPromotion(id), PromotionDetails.class);
        removeAll();
        if (!scope.maySee(p.personId())) {
            add(new H2("Promotion case"), new Span("This case is outside what you may see."));
            return;
        }
        PeopleNames names = new PeopleNames(queries);
        H2 heading = new H2(names.of(p.personId()) + ": " + p.fromLevel() + " → " + p.targetLevel());
        heading.setId("promotion-heading");
        Span status = new Span(p.status().name());
        status.setId("promotion-status");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout facts = new HorizontalLayout(status, new Span(p.kind().replace('_', ' ').toLowerCase()),
                new Span("judged against ladder version " + p.ladderVersion()),
                new Span("nominated on " + p.nominatedOn() + (p.nominatedBy() == null ? "" : " by " + p.nominatedBy())),
                new Anchor("people/" + p.personId(), "Person page"));
        facts.setAlignItems(Alignment.BASELINE);
        add(heading, facts);
        if (p.sessionId() != null) {
            add(new Anchor("calibrations/" + p.sessionId(), "Calibration session"));
        }
        if (p.nominationReason() != null) {
            add(new Paragraph(p.nominationReason()));
        }
        add(actions(p), new H3("Evidence against the target level's expectations"), evidence(p));
        add(new H3("Calibration log"), log(p.calibrationLog(), names));
        if (p.decision() != null) {
            Paragraph decision = new Paragraph(p.decision().decision() + " on " + p.decision().effectiveDate()
                    + (p.decision().actor() == null ? "" : " by " + p.decision().actor())
                    + (p.decision().reason() == null ? "" : ": " + p.decision().reason()));
            decision.setId("promotion-decision");
            add(new H3("Decision"), decision);
        }
    }

    private HorizontalLayout actions(PromotionDetails p) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!p.status().open()) {
            return actions;
        }
        if (SignedIn.maySend(DecidePromotion.class)) {
            Button decide = new Button("Decide", click -> decide(p));
            decide.setId("decide");
            actions.add(decide);
        }
        if (SignedIn.maySend(WithdrawPromotion.class) && scope.mayActFor(p.personId())) {
            Button withdraw = new Button("Withdraw", click -> withdraw(p));
            withdraw.setId("withdraw");
            actions.add(withdraw);
        }
        return actions;
    }

    private Grid<AreaRow> evidence(PromotionDetails p) {
        String ladderCode = p.targetLevel().substring(0, p.targetLevel().indexOf('/'));
        String levelCode = p.targetLevel().substring(ladderCode.length() + 1);
        LadderContent version = queries.askList(new FindLadderByCode(ladderCode), LadderDetails.class).stream().findFirst()
                .map(l -> queries.ask(new GetLadderVersion(l.id(), p.ladderVersion()), LadderContent.class)).orElse(null);
        List<AreaRow> rows = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        if (version != null) {
            for (Area area : version.areas()) {
                String expected = version.expectationsOf(levelCode, area.code()).stream().map(Expectation::text)
                        .collect(Collectors.joining("\n"));
                String given = evidenceIn(p.evidence(), area.code());
                if (!expected.isEmpty() || !given.isEmpty()) {
                    rows.add(new AreaRow(area.name(), expected, given));
                    covered.add(area.code());
                }
            }
        }
        p.evidence().stream().filter(e -> !covered.contains(e.area())).forEach(e -> rows.add(new AreaRow(e.area(), "", e.text())));
        Grid<AreaRow> grid = new Grid<>();
        grid.setId("promotion-evidence");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AreaRow::area).setHeader("Area");
        grid.addComponentColumn(r -> paragraph(r.expectations())).setHeader("Expected at " + p.targetLevel()).setFlexGrow(3);
        grid.addComponentColumn(r -> paragraph(r.evidence().isEmpty() ? "—" : r.evidence())).setHeader("Evidence").setFlexGrow(3);
        grid.setItems(rows);
        return grid;
    }

    private static String evidenceIn(List<Evidence> evidence, String area) {
        return evidence.stream().filter(e -> e.area().equals(area)).map(Evidence::text).collect(Collectors.joining("\n"));
    }

    private static Span paragraph(String text) {
        Span span = new Span(text);
        span.getStyle().set("white-space", "pre-wrap");
        return span;
    }

    static Grid<CalibrationChange> log(List<CalibrationChange> changes, PeopleNames names) {
        Grid<CalibrationChange> grid = new Grid<>();
        grid.setId("calibration-log");
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.at().toString().replace('T', ' ').substring(0, 16)).setHeader("At");
        grid.addColumn(CalibrationChange::actor).setHeader("By");
        grid.addColumn(c -> c.from() == null ? "—" : c.from().name()).setHeader("From");
        grid.addColumn(c -> c.to().name()).setHeader("To");
        grid.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader("Why").setFlexGrow(3);
        grid.setItems(changes);
        return grid;
    }

    private void decide(PromotionDetails p) {
        CommandDialog dialog = new CommandDialog("Decide on the case", "Decide", LocalDate.now(clock));
        ComboBox<PromotionDecision> decision = dialog.field("decision", new ComboBox<>("Decision", PromotionDecision.values()));
        dialog.withDateAndReason("Takes effect on");
        dialog.onSave(() -> commands.send(new DecidePromotion(p.id(), decision.getValue(), dialog.effectiveDate(), null), p.id(),
                dialog.reason()), this::refresh);
        dialog.open();
    }

    private void withdraw(PromotionDetails p) {
        CommandDialog dialog = new CommandDialog("Withdraw the case", "Withdraw", LocalDate.now(clock));
        dialog.withDateAndReason("Withdrawn on");
        dialog.onSave(() -> commands.send(new WithdrawPromotion(p.id(), dialog.effectiveDate(), null), p.id(), dialog.reason()),
                this::refresh);
        dialog.open();
    }
}
