package io.cadre.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.cadre.org.api.HistoryEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import io.cadre.platform.ui.Words;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Every recorded change of a team or person: what, from when, recorded when, by whom and why. */
final class HistoryGrid extends Grid<HistoryEntry> {

    private static final Set<String> NOT_RETRACTABLE = Set.of("ChangeRetracted", "PersonalDataCorrected", "PersonalDataErased");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final OrgDirectory directory;
    private final Map<HistoryEntry, String> described = new IdentityHashMap<>();

    HistoryGrid(OrgDirectory directory) {
        this(directory, null);
    }

    /** With {@code retract} (for those who may retract), each change that can be retracted offers "Retract". */
    HistoryGrid(OrgDirectory directory, Consumer<HistoryEntry> retract) {
        this.directory = directory;
        setId("history");
        addColumn(e -> Words.date(e.effectiveDate())).setHeader("Effective").setAutoWidth(true);
        addColumn(described::get).setHeader("Change").setFlexGrow(3);
        addColumn(HistoryEntry::actor).setHeader("By").setAutoWidth(true);
        addColumn(HistoryEntry::reason).setHeader("Why").setFlexGrow(2);
        addColumn(e -> Words.date(e.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate()) + " " + TIME.format(e.recordedAt())
                + " UTC").setHeader("Recorded").setAutoWidth(true);
        if (retract != null) {
            addComponentColumn(entry -> retractable(entry) ? retractButton(entry, retract) : new Span()).setAutoWidth(true);
        }
        setAllRowsVisible(true);
        // The reason is what people come to the history for: show it whole.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** A change of the org's own record; retractions and personal-data corrections are not retracted themselves. */
    private static boolean retractable(HistoryEntry entry) {
        return entry.eventId() != null && !NOT_RETRACTABLE.contains(entry.type());
    }

    private static Button retractButton(HistoryEntry entry, Consumer<HistoryEntry> retract) {
        Button button = new Button("Retract", click -> retract.accept(entry));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        button.addClassName("history-retract");
        return button;
    }

    /** The words the grid shows for an entry's change ("Person transferred — team: A → B"). */
    String described(HistoryEntry entry) {
        return described.get(entry);
    }

    /** Shows the entries, newest first, each change written as the value before it and after it ("title: A -> B"). */
    void show(List<HistoryEntry> entries) {
        described.clear();
        Map<String, String> before = new HashMap<>();
        for (HistoryEntry entry : entries) {
            described.put(entry, describe(entry, before));
        }
        setItems(entries.reversed());
    }

    private String describe(HistoryEntry entry, Map<String, String> before) {
        String what = entry.type().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        String details = entry.details().entrySet().stream()
                .filter(d -> d.getValue() != null && !isSubjectOrDate(entry, d.getKey()))
                .map(d -> {
                    String now = value(d, directory);
                    String was = before.put(d.getKey(), now);
                    return label(d.getKey()) + ": " + (was == null || was.equals(now) ? now : was + " → " + now);
                })
                .collect(Collectors.joining(", "));
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + (details.isEmpty() ? "" : " — " + details);
    }

    private static boolean isSubjectOrDate(HistoryEntry entry, String key) {
        boolean teamEvent = entry.type().startsWith("Team");
        return key.equals("effectiveDate") || key.equals("personId") || (teamEvent && key.equals("teamId"));
    }

    private static String label(String key) {
        return switch (key) {
            case "teamId" -> "team";
            case "managerId" -> "manager";
            case "parentId" -> "parent";
            case "leadId" -> "lead";
            default -> key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        };
    }

    private static String value(Map.Entry<String, Object> detail, OrgDirectory directory) {
        if (detail.getValue() instanceof String code && code.matches("[A-Z][A-Z_]+")) {
            return Words.of(code);
        }
        String text = String.valueOf(detail.getValue());
        return switch (detail.getKey()) {
            case "teamId", "parentId" -> directory.teamName(UUID.fromString(text));
            case "managerId", "leadId" -> directory.personName(UUID.fromString(text));
            default -> text;
        };
    }
}
