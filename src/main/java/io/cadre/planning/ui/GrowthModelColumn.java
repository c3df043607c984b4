package io.cadre.planning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.cadre.org.api.ChartTeam;
import io.cadre.planning.api.GrowthForecast;
import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthModelDetails;
import io.cadre.planning.api.ListGrowthModels;
import io.cadre.planning.api.SaveGrowthModel;
import io.cadre.planning.service.GrowthForecastCsv;
import io.cadre.planning.service.GrowthModels;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.SignedIn;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One growth model: its inputs (rates in percent a year), the 10x preset, run, export as CSV, save under a name or open
 * a saved one, and its charts and table. The view shows one, or two side by side.
 */
class GrowthModelColumn extends VerticalLayout {

    private static final String TARGET = "Target headcount";
    private static final String HIRES = "Hires per quarter";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final GrowthModels models;
    private final Commands commands;
    private final Queries queries;
    private final String prefix;
    private final ComboBox<ChartTeam> team = new ComboBox<>("Team and below");
    private final IntegerField quarters = new IntegerField("Quarters");
    private final RadioButtonGroup<String> aim = new RadioButtonGroup<>("Grow by");
    private final IntegerField target = new IntegerField(TARGET);
    private final IntegerField hires = new IntegerField(HIRES);
    private final BigDecimalField attrition = new BigDecimalField("Attrition % per year");
    private final BigDecimalField promotion = new BigDecimalField("Promotions % per year");
    private final IntegerField span = new IntegerField("Span of control");
    private final ComboBox<GrowthModelDetails> saved = new ComboBox<>("Open a saved model");
    private final GrowthResults results;
    private final Map<String, HasValidation> fields;
    private GrowthForecast shown;
    private Runnable afterSave = () -> { };

    GrowthModelColumn(String prefix, String title, GrowthModels models, Commands commands, Queries queries, List<ChartTeam> teams) {
        this.models = models;
        this.commands = commands;
        this.queries = queries;
        this.prefix = prefix;
        this.results = new GrowthResults(prefix);
        setId(prefix + "-model");
        setPadding(false);
        team.setItems(teams);
        team.setItemLabelGenerator(ChartTeam::name);
        team.setPlaceholder("Whole organisation");
        team.setClearButtonVisible(true);
        aim.setItems(TARGET, HIRES);
        aim.addValueChangeListener(e -> {
            target.setVisible(TARGET.equals(e.getValue()));
            hires.setVisible(HIRES.equals(e.getValue()));
        });
        saved.setItemLabelGenerator(GrowthModelDetails::name);
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fill(e.getValue().inputs());
                run();
            }
        });
        fill(new GrowthInputs(null, null, 8, null, 10, new BigDecimal("0.12"), new BigDecimal("0.10"), 6));
        fields = Map.of("rootTeamId", team, "quarters", quarters, "targetHeadcount", target, "hiresPerQuarter", hires,
                "attritionPerYear", attrition, "promotionPerYear", promotion, "spanOfControl", span);
        fields.forEach((name, field) -> ((com.vaadin.flow.component.Component) field).setId(prefix + "-" + name));
        aim.setId(prefix + "-aim");
        saved.setId(prefix + "-open");

        Button preset = new Button("10x preset", e -> tenX());
        preset.setId(prefix + "-preset");
        Button run = new Button("Run", e -> run());
        run.setId(prefix + "-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = shown == null ? new byte[0] : GrowthForecastCsv.of(shown).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "growth-model.csv", "text/csv", bytes.length);
        }), "Export CSV");
        csv.setId(prefix + "-csv");
        Button save = new Button("Save…", e -> saveDialog());
        save.setId(prefix + "-save");
        save.setVisible(SignedIn.maySend(SaveGrowthModel.class));
        HorizontalLayout form = new HorizontalLayout(team, quarters, aim, target, hires, attrition, promotion, span);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(preset, run, csv, save, saved);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        add(new H3(title), form, actions, results);
        reloadSaved();
    }

    private void fill(GrowthInputs in) {
        team.setValue(in.rootTeamId() == null ? null
                : team.getListDataView().getItems().filter(t -> t.id().equals(in.rootTeamId())).findFirst().orElse(null));
        quarters.setValue(in.quarters());
        aim.setValue(in.targetHeadcount() != null ? TARGET : HIRES);
        target.setValue(in.targetHeadcount());
        hires.setValue(in.hiresPerQuarter());
        attrition.setValue(in.attritionPerYear() == null ? null : in.attritionPerYear().multiply(HUNDRED).stripTrailingZeros());
        promotion.setValue(in.promotionPerYear() == null ? null : in.promotionPerYear().multiply(HUNDRED).stripTrailingZeros());
        span.setValue(in.spanOfControl());
    }

    private GrowthInputs inputs() {
        boolean byTarget = TARGET.equals(aim.getValue());
        return new GrowthInputs(team.getValue() == null ? null : team.getValue().id(), null, quarters.getValue(),
                byTarget ? target.getValue() : null, byTarget ? null : hires.getValue(), share(attrition.getValue()),
                share(promotion.getValue()), span.getValue());
    }

    private static BigDecimal share(BigDecimal percent) {
        return percent == null ? null : percent.divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private void tenX() {
        attempt(() -> {
            fill(models.tenX(team.getValue() == null ? null : team.getValue().id(), null));
            run();
        });
    }

    void run() {
        attempt(() -> {
            shown = models.run(inputs());
            results.show(shown);
        });
    }

    private void saveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Save this growth model");
        TextField name = new TextField("Name");
        name.setId(prefix + "-name");
        TextField reason = new TextField("Why (optional)");
        reason.setId(prefix + "-reason");
        Button confirm = new Button("Save", e -> {
            try {
                UUID id = UUID.randomUUID();
                commands.send(new SaveGrowthModel(id, name.getValue(), inputs()), id, reason.getValue());
                dialog.close();
                afterSave.run();
                saved.setValue(queries.askList(new ListGrowthModels(), GrowthModelDetails.class).stream()
                        .filter(m -> m.id().equals(id)).findFirst().orElse(null));
                Notification.show("Saved \"" + name.getValue().strip() + "\"");
            } catch (InvalidInput refused) {
                refused.errors().stream().filter(f -> f.field().equals("name")).findFirst().ifPresentOrElse(f -> {
                    name.setInvalid(true);
                    name.setErrorMessage(f.message());
                }, () -> showErrors(refused.errors().stream().map(f -> new FieldError(f.field().replaceFirst("^inputs\\.", ""),
                        f.message())).toList()));
            }
        });
        confirm.setId(prefix + "-save-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, reason));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    /** What to do once this column saved a model: at least reload the saved models it offers. */
    void afterSave(Runnable action) {
        afterSave = action;
    }

    void reloadSaved() {
        saved.setItems(queries.askList(new ListGrowthModels(), GrowthModelDetails.class));
    }

    private void attempt(Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
        } catch (InvalidInput refused) {
            showErrors(refused.errors());
        }
    }

    private void showErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                Notification.show(error.field() + ": " + error.message()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
