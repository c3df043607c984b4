package io.cadre.imports.process;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamKind;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Matches the file's team names to today's teams, ignoring case; forms each unknown team at the top of the
 * organisation, on the earliest start date of the people the file puts in it, and says so on its first line.
 * People without a team go to a team named {@value #UNASSIGNED}. The teams are formed a few to a transaction.
 */
final class ImportTeams {

    static final String UNASSIGNED = "Unassigned";

    /** Teams formed in one transaction. */
    private static final int TEAMS_PER_TRANSACTION = 25;

    private final Queries queries;
    private final ImportLedger ledger;
    private final LocalDate today;
    private final Map<String, UUID> byName = new HashMap<>();

    ImportTeams(Queries queries, ImportLedger ledger, LocalDate today) {
        this.queries = queries;
        this.ledger = ledger;
        this.today = today;
    }

    /** Forms every team the file names that Cadre does not have yet. */
    void prepare(List<ImportRow> newcomers, List<ImportRow> all) {
        for (ChartTeam team : queries.ask(new GetOrgChart(null, null), OrgChart.class).teams()) {
            byName.putIfAbsent(key(team.name()), team.id());
        }
        Set<Integer> newcomerLines = new HashSet<>();
        newcomers.forEach(row -> newcomerLines.add(row.line()));
        Map<String, ImportRow> firstRow = new LinkedHashMap<>();
        Map<String, LocalDate> earliest = new HashMap<>();
        for (ImportRow row : all) {
            boolean newcomer = newcomerLines.contains(row.line());
            String name = row.team() != null ? row.team() : newcomer ? UNASSIGNED : null;
            if (name == null || byName.containsKey(key(name))) {
                continue;
            }
            firstRow.putIfAbsent(key(name), row);
            LocalDate date = newcomer ? row.startDate() : today;
            earliest.merge(key(name), date, (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Map.Entry<String, ImportRow>> unknown = List.copyOf(firstRow.entrySet());
        for (int from = 0; from < unknown.size(); from += TEAMS_PER_TRANSACTION) {
            ledger.inOneTransaction(unknown.subList(from, Math.min(unknown.size(), from + TEAMS_PER_TRANSACTION)), team -> {
                ImportRow row = team.getValue();
                form(row.team() != null ? row.team() : UNASSIGNED, earliest.get(team.getKey()), row);
            });
        }
        for (ImportRow row : newcomers) {
            if (row.team() == null && byName.containsKey(key(UNASSIGNED))) {
                ledger.adjust(row.line(), "no team: placed in " + UNASSIGNED);
            }
        }
    }

    UUID forNewcomer(ImportRow row) {
        return byName.get(key(row.team() != null ? row.team() : UNASSIGNED));
    }

    UUID existing(String name) {
        return byName.get(key(name));
    }

    private void form(String name, LocalDate date, ImportRow firstRow) {
        UUID id = UUID.randomUUID();
        try {
            ledger.send(new FormTeam(id, name, TeamKind.TEAM, null, null, date), id,
                    "HRIS import: team named on line " + firstRow.line());
            ledger.afterCommit(() -> byName.put(key(name), id));
            ledger.adjust(firstRow.line(), "team " + name + " was not in Cadre: formed at the top on " + date);
        } catch (RuleViolation | InvalidInput e) {
            ledger.adjust(firstRow.line(), "team " + name + " could not be formed: " + e.getMessage());
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
