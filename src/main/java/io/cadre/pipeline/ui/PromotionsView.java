package io.cadre.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.pipeline.api.CalibrationDetails;
import io.cadre.pipeline.api.FindPromotions;
import io.cadre.pipeline.api.ListCalibrations;
import io.cadre.pipeline.api.OpenCalibration;
import io.cadre.pipeline.api.PromotionDetails;
import io.cadre.pipeline.api.PromotionPage;
import io.cadre.pipeline.api.PromotionStatus;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Promotion cases by status, each opening its case page, and the calibration sessions; HR opens a session over
 * nominated cases here. Cases are nominated from a person's page.
 */
@Route("promotions")
@PageTitle("Promotions · Cadre")
@Menu(title = "Promotions", order = 6)
@PermitAll
class PromotionsView extends LiveView {

    private static final int SHOWN = 200;

    private final Queries queries;
    private final Commands commands;
    private final Clock clock;
    private final ComboBox<PromotionStatus> status = new ComboBox<>("Status", PromotionStatus.values());
    private final Grid<PromotionDetails> cases = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Grid<CalibrationDetails> sessions = new Grid<>();
    private PeopleNames names;

    PromotionsView(Queries queries, Commands commands, Clock clock, ReadModelChanges changes) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        setSizeFull();
        status.setId("promotion-status");
        status.setClearButtonVisible(true);
        status.setPlaceholder("Any");
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(status);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (SignedIn.maySend(OpenCalibration.class)) {
            Button open = new Button("Open calibration session", VaadinIcon.SCALE.create(), click -> openSession());
            open.setId("open-calibration");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(open);
        }
        cases.setId("promotions");
        cases.setAllRowsVisible(true);
        cases.addComponentColumn(p -> new Anchor("promotions/" + p.id(), names.of(p.personId()))).setHeader("Person").setFlexGrow(2);
        cases.addColumn(p -> p.fromLevel() + " → " + p.targetLevel()).setHeader("Levels").setFlexGrow(2);
        cases.addColumn(p -> p.kind().replace('_', ' ').toLowerCase()).setHeader("Kind");
        cases.addColumn(p -> p.status().name()).setHeader("Status");
        cases.addColumn(p -> p.recommendation() == null ? "" : p.recommendation().name()).setHeader("Recommendation");
        cases.addColumn(p -> p.nominatedOn().toString()).setHeader("Nominated");
        empty.setId("promotions-empty");
        sessions.setId("calibrations");
        sessions.setAllRowsVisible(true);
        sessions.addComponentColumn(s -> new Anchor("calibrations/" + s.id(), s.name())).setHeader("Session").setFlexGrow(3);
        sessions.addColumn(s -> s.date().toString()).setHeader("Date");
        add(new H2("Promotions"), toolbar, empty, cases, new H3("Calibration sessions"), sessions);
        refresh();
    }

    @Override
    protected void refresh() {
        names = new PeopleNames(queries);
        PromotionPage page = queries.ask(new FindPromotions(status.getValue(), null, 0, SHOWN), PromotionPage.class);
        cases.setItems(page.items());
        cases.setVisible(!page.items().isEmpty());
        empty.setVisible(page.items().isEmpty());
        empty.setText(status.getValue() == null
                ? "No promotion cases yet. To start one, open a person's page and choose Nominate for promotion; then open a"
                        + " calibration session here over the nominated cases."
                : "No " + status.getValue().name() + " cases.");
        sessions.setItems(queries.askList(new ListCalibrations(), CalibrationDetails.class));
    }

    private void openSession() {
        List<PromotionDetails> nominated = queries.ask(new FindPromotions(PromotionStatus.NOMINATED, null, 0, SHOWN),
                PromotionPage.class).items();
        CommandDialog dialog = new CommandDialog("Open a calibration session", "Open", LocalDate.now(clock));
        TextField name = dialog.field("name", new TextField("Name"));
        DatePicker date = dialog.field("date", new DatePicker("Session date"));
        date.setValue(LocalDate.now(clock));
        MultiSelectComboBox<PromotionDetails> chosen = dialog.field("promotionIds", new MultiSelectComboBox<>("Nominated cases"));
        chosen.setItems(nominated);
        chosen.setItemLabelGenerator(p -> names.of(p.personId()) + ": " + p.fromLevel() + " → " + p.targetLevel());
        chosen.setValue(new java.util.LinkedHashSet<>(nominated));
        dialog.withDateAndReason("Opened on");
        dialog.onSave(() -> {
            UUID id = UUID.randomUUID();
            commands.send(new OpenCalibration(id, name.getValue(), date.getValue(),
                    chosen.getSelectedItems().stream().map(PromotionDetails::id).toList(), dialog.effectiveDate()), id, dialog.reason());
            getUI().ifPresent(ui -> ui.navigate("calibrations/" + id));
            return id;
        }, this::refresh);
        dialog.open();
    }
}
