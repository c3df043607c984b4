package io.cadre.org.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.cadre.org.api.HistoryEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every recorded change of a team or person: what, from when, recorded when, by whom and why. */
final class HistoryGrid extends Grid<HistoryEntry> {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    HistoryGrid(OrgDirectory directory) {
        setId("history");
        addColumn(HistoryEntry::effectiveDate).setHeader("Effective").setAutoWidth(true);
        addColumn(e -> describe(e, directory)).setHeader("Change").setFlexGrow(3);
        addColumn(HistoryEntry::actor).setHeader("By").setAutoWidth(true);
        addColumn(HistoryEntry::reason).setHeader("Why").setFlexGrow(2);
        addColumn(e -> RECORDED.format(e.recordedAt()) + " UTC").setHeader("Recorded").setAutoWidth(true);
        setAllRowsVisible(true);
        // The reason is what people come to the history for: show it whole.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    void show(List<HistoryEntry> entries) {
        setItems(entries.reversed());
    }

    private static String describe(HistoryEntry entry, OrgDirectory directory) {
        String what = entry.type().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        String details = entry.details().entrySet().stream()
                .filter(d -> d.getValue() != null && !isSubjectOrDate(entry, d.getKey()))
                .map(d -> label(d.getKey()) + ": " + value(d, directory))
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
        String text = String.valueOf(detail.getValue());
        return switch (detail.getKey()) {
            case "teamId", "parentId" -> directory.teamName(UUID.fromString(text));
            case "managerId", "leadId" -> directory.personName(UUID.fromString(text));
            default -> text;
        };
    }
}
