package io.cadre.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.pipeline.api.CalibrationCase;
import io.cadre.pipeline.api.CalibrationDetails;
import io.cadre.pipeline.api.GetCalibration;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.pipeline.api.Recommendation;
import io.cadre.pipeline.api.RecommendPromotion;
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
import java.util.UUID;

/**
 * A calibration session: its cases with their current recommendation, each changed with a reason, and every change below,
 * newest last. Changes made by others in the same session appear without a reload.
 */
@Route("calibrations/:sessionId")
@PageTitle("Calibration · Cadre")
@PermitAll
class CalibrationPage extends LiveView implements BeforeEnterObserver {

    private final Queries queries;
    private final Commands commands;
    private final Clock clock;
    private final H2 heading = new H2();
    private final Grid<CalibrationCase> cases = new Grid<>();
    private final Span empty = new Span("No case of this session is yours to see.");
    private Component log = new Span();
    private PeopleNames names;
    private UUID id;

    CalibrationPage(Queries queries, Commands commands, Clock clock, ReadModelChanges changes) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        heading.setId("calibration-name");
        cases.setId("calibration-cases");
        cases.setAllRowsVisible(true);
        cases.addComponentColumn(c -> new Anchor("promotions/" + c.promotionId(), names.of(c.personId()))).setHeader("Person")
                .setFlexGrow(2);
        cases.addColumn(c -> c.fromLevel() + " → " + c.targetLevel()).setHeader("Levels").setFlexGrow(2);
        cases.addColumn(c -> c.status().name()).setHeader("Status");
        cases.addComponentColumn(c -> {
            Span recommendation = new Span(c.recommendation() == null ? "none yet" : c.recommendation().name());
            recommendation.setId("recommendation-" + c.promotionId());
            return recommendation;
        }).setHeader("Recommendation");
        if (SignedIn.maySend(RecommendPromotion.class)) {
            cases.addComponentColumn(c -> {
                Button change = new Button("Recommend", click -> recommend(c));
                change.setId("recommend-" + c.promotionId());
                change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                change.setEnabled(c.status() == PromotionStatus.IN_CALIBRATION);
                return change;
            });
        }
        empty.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("sessionId").orElse(""));
            removeAll();
            add(heading, empty, cases);
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            id = null;
            removeAll();
            add(new H2("No such calibration session"), new Span("There is no calibration session with this id in Cadre."));
        }
    }

    @Override
    protected void refresh() {
        if (id == null) {
            return;
        }
        CalibrationDetails session = queries.ask(new GetCalibration(id), CalibrationDetails.class);
        names = new PeopleNames(queries);
        heading.setText(session.name() + " · " + session.date());
        cases.setItems(session.cases());
        empty.setVisible(session.cases().isEmpty());
        remove(log);
        com.vaadin.flow.component.html.Div changes = new com.vaadin.flow.component.html.Div(new H3("Changes"),
                PromotionCasePage.log(session.log(), names));
        changes.setWidthFull();
        log = changes;
        add(log);
    }

    private void recommend(CalibrationCase c) {
        CommandDialog dialog = new CommandDialog("Recommend for " + names.of(c.personId()), "Record", LocalDate.now(clock));
        ComboBox<Recommendation> recommendation = dialog.field("recommendation",
                new ComboBox<>("Recommendation", Recommendation.values()));
        recommendation.setValue(c.recommendation());
        dialog.withDateAndReason("On");
        dialog.onSave(() -> commands.send(new RecommendPromotion(id, c.promotionId(), recommendation.getValue(),
                dialog.effectiveDate()), id, dialog.reason()), this::refresh);
        dialog.open();
    }
}
