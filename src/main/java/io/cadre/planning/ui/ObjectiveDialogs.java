package io.cadre.planning.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.cadre.org.api.ChartTeam;
import io.cadre.planning.api.AddKeyResult;
import io.cadre.planning.api.AlignObjective;
import io.cadre.planning.api.ChangeObjectiveStatus;
import io.cadre.planning.api.Confidence;
import io.cadre.planning.api.FindObjectives;
import io.cadre.planning.api.KeyResultDraft;
import io.cadre.planning.api.KeyResultDetails;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.RecordCheckIn;
import io.cadre.planning.api.ReviseKeyResult;
import io.cadre.planning.api.WriteObjective;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.CommandDialog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The dialogs that write and change objectives, each sending one command; shared by the Objectives view and an objective's page. */
final class ObjectiveDialogs {

    static final int KEY_RESULT_ROWS = 3;

    private final Commands commands;
    private final Queries queries;
    private final LocalDate today;
    private final Runnable after;

    ObjectiveDialogs(Commands commands, Queries queries, LocalDate today, Runnable after) {
        this.commands = commands;
        this.queries = queries;
        this.today = today;
        this.after = after;
    }

    void write(Map<UUID, ChartTeam> teams, ChartTeam team, String period) {
        CommandDialog dialog = new CommandDialog("New objective", "Write objective", today);
        ComboBox<ChartTeam> owner = dialog.field("teamId", new ComboBox<>("Team"));
        owner.setItems(teams.values().stream().sorted(Comparator.comparing(t -> t.name().toLowerCase())).toList());
        owner.setItemLabelGenerator(ChartTeam::name);
        owner.setValue(team);
        ComboBox<String> periods = dialog.field("period", new ComboBox<>("Period", Periods.around(today)));
        periods.setValue(period);
        TextField title = dialog.field("title", new TextField("Objective"));
        TextArea description = dialog.field("description", new TextArea("Description"));
        ComboBox<ObjectiveDetails> parent = dialog.field("parentId", new ComboBox<>("Aligned under (optional)"));
        parent.setItemLabelGenerator(o -> o.title() + " · " + o.teamName() + " · " + o.period());
        Runnable parents = () -> parent.setItems(owner.getValue() == null || periods.getValue() == null ? List.of()
                : parentsFor(teams, owner.getValue().id(), periods.getValue()));
        owner.addValueChangeListener(e -> parents.run());
        periods.addValueChangeListener(e -> parents.run());
        parents.run();
        List<KeyResultFields> rows = new ArrayList<>();
        for (int i = 0; i < KEY_RESULT_ROWS; i++) {
            rows.add(new KeyResultFields(dialog, "keyResults[" + i + "]", "kr-" + i, "Key result " + (i + 1)));
        }
        dialog.withDateAndReason("Written on");
        dialog.onSave(() -> {
            UUID id = UUID.randomUUID();
            List<KeyResultDraft> keyResults = rows.stream().filter(KeyResultFields::filled).map(KeyResultFields::draft).toList();
            commands.send(new WriteObjective(id, owner.getValue() == null ? null : owner.getValue().id(), periods.getValue(),
                    title.getValue(), description.getValue(), parent.getValue() == null ? null : parent.getValue().id(), null,
                    keyResults, dialog.effectiveDate()), id, dialog.reason());
            return id;
        }, after);
        dialog.open();
    }

    /** The objectives, not dropped, of the teams above {@code teamId} whose period overlaps {@code period}. */
    private List<ObjectiveDetails> parentsFor(Map<UUID, ChartTeam> teams, UUID teamId, String period) {
        Set<UUID> above = new HashSet<>();
        ChartTeam team = teams.get(teamId);
        while (team != null && team.parentId() != null && above.add(team.parentId())) {
            team = teams.get(team.parentId());
        }
        return queries.askList(new FindObjectives(null, period, false, today), ObjectiveDetails.class).stream()
                .filter(o -> above.contains(o.teamId()) && o.status() != ObjectiveStatus.DROPPED).toList();
    }

    void status(ObjectiveDetails objective, ObjectiveStatus suggested) {
        CommandDialog dialog = new CommandDialog(suggested == ObjectiveStatus.COMMITTED ? "Commit objective" : "Change status",
                "Save", today);
        ComboBox<ObjectiveStatus> status = dialog.field("status", new ComboBox<>("Status", objective.status().next().stream().sorted().toList()));
        status.setValue(suggested);
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeObjectiveStatus(objective.id(), status.getValue(), dialog.effectiveDate(),
                objective.version()), objective.id(), dialog.reason()), after);
        dialog.open();
    }

    void align(ObjectiveDetails objective, Map<UUID, ChartTeam> teams) {
        CommandDialog dialog = new CommandDialog("Align objective", "Align", today);
        ComboBox<ObjectiveDetails> parent = dialog.field("parentId", new ComboBox<>("Aligned under (empty: under nothing)"));
        parent.setItemLabelGenerator(o -> o.title() + " · " + o.teamName() + " · " + o.period());
        parent.setItems(parentsFor(teams, objective.teamId(), objective.period()));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new AlignObjective(objective.id(), parent.getValue() == null ? null : parent.getValue().id(),
                dialog.effectiveDate(), objective.version()), objective.id(), dialog.reason()), after);
        dialog.open();
    }

    void checkIn(ObjectiveDetails objective, KeyResultDetails kr) {
        CommandDialog dialog = new CommandDialog("Check in: " + kr.title(), "Record check-in", today);
        BigDecimalField value = dialog.field("value", new BigDecimalField("Value" + (kr.unit() == null ? "" : " (" + kr.unit() + ")")));
        value.setHelperText("Now " + kr.current().toPlainString() + ", target " + kr.target().toPlainString());
        ComboBox<Confidence> confidence = dialog.field("confidence", new ComboBox<>("Confidence", Confidence.values()));
        confidence.setItemLabelGenerator(ObjectiveCard::words);
        confidence.setValue(kr.confidence() != null ? kr.confidence() : Confidence.ON_TRACK);
        TextArea note = dialog.field("note", new TextArea("Note"));
        dialog.withDateAndReason("Date");
        dialog.onSave(() -> commands.send(new RecordCheckIn(objective.id(), kr.id(), value.getValue(), confidence.getValue(),
                note.getValue(), dialog.effectiveDate()), objective.id(), dialog.reason()), after);
        dialog.open();
    }

    void keyResult(ObjectiveDetails objective, KeyResultDetails existing) {
        boolean adding = existing == null;
        CommandDialog dialog = new CommandDialog(adding ? "Add key result" : "Reword or retarget key result", "Save", today);
        KeyResultFields fields = new KeyResultFields(dialog, "keyResult", "kr", "Key result");
        if (!adding) {
            fields.show(existing);
        }
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> {
            KeyResultDraft draft = fields.draft();
            return adding
                    ? commands.send(new AddKeyResult(objective.id(), UUID.randomUUID(), draft, dialog.effectiveDate(), objective.version()),
                            objective.id(), dialog.reason())
                    : commands.send(new ReviseKeyResult(objective.id(), existing.id(), draft, dialog.effectiveDate(), objective.version()),
                            objective.id(), dialog.reason());
        }, after);
        dialog.open();
    }

    /** The four fields of one key result in a dialog, named as the command's fields so that errors land next to them. */
    private static final class KeyResultFields {
        private final TextField title;
        private final TextField unit;
        private final BigDecimalField start;
        private final BigDecimalField target;

        KeyResultFields(CommandDialog dialog, String name, String id, String label) {
            title = dialog.field(name + ".title", new TextField(label));
            unit = dialog.field(name + ".unit", new TextField("Unit"));
            start = dialog.field(name + ".start", new BigDecimalField("Start"));
            target = dialog.field(name + ".target", new BigDecimalField("Target"));
            title.setId(id + "-title");
            unit.setId(id + "-unit");
            start.setId(id + "-start");
            target.setId(id + "-target");
        }

        boolean filled() {
            return !title.getValue().isBlank() || start.getValue() != null || target.getValue() != null;
        }

        KeyResultDraft draft() {
            return new KeyResultDraft(title.getValue(), unit.getValue(), start.getValue(), target.getValue());
        }

        void show(KeyResultDetails kr) {
            title.setValue(kr.title());
            unit.setValue(kr.unit() == null ? "" : kr.unit());
            start.setValue(kr.start());
            target.setValue(kr.target());
        }
    }
}
