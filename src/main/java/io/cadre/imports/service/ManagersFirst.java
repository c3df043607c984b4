package io.cadre.imports.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Orders new people so that each one's manager, when the file hires them too, comes first, and refuses reporting
 * cycles; then groups them in waves that can each be hired side by side.
 */
final class ManagersFirst {

    private ManagersFirst() {
    }

    static List<ImportRow> order(List<ImportRow> rows, BiConsumer<ImportRow, String> refuse) {
        RowIndex index = new RowIndex(rows);
        Map<Integer, ImportRow> managerOf = new HashMap<>();
        for (ImportRow row : rows) {
            ImportRow manager = index.managerOf(row);
            if (manager != null) {
                managerOf.put(row.line(), manager);
            }
        }
        List<ImportRow> ordered = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        Set<Integer> refused = new HashSet<>();
        for (ImportRow row : rows) {
            List<ImportRow> chain = new ArrayList<>();
            Set<Integer> onChain = new HashSet<>();
            ImportRow current = row;
            while (current != null && !placed.contains(current.line()) && !refused.contains(current.line())
                    && onChain.add(current.line())) {
                chain.add(current);
                current = managerOf.get(current.line());
            }
            if (current != null && onChain.contains(current.line())) {
                int start = chain.indexOf(current);
                for (ImportRow inCycle : chain.subList(start, chain.size())) {
                    refused.add(inCycle.line());
                    refuse.accept(inCycle, "reporting cycle in the file through line " + current.line());
                }
                chain = chain.subList(0, start);
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (placed.add(chain.get(i).line())) {
                    ordered.add(chain.get(i));
                }
            }
        }
        return ordered;
    }

    /**
     * The new people in waves: first those whose manager the file does not hire, then their reports, and so on, so
     * that everyone's manager is hired (or refused) before them. The order within a wave is the file's order.
     */
    static List<List<ImportRow>> waves(List<ImportRow> managersFirst, RowIndex newcomers) {
        Map<Integer, Integer> depth = new HashMap<>();
        List<List<ImportRow>> waves = new ArrayList<>();
        for (ImportRow row : managersFirst) {
            ImportRow manager = newcomers.managerOf(row);
            int level = manager == null ? 0 : depth.getOrDefault(manager.line(), -1) + 1;
            depth.put(row.line(), level);
            while (waves.size() <= level) {
                waves.add(new ArrayList<>());
            }
            waves.get(level).add(row);
        }
        waves.forEach(wave -> wave.sort(Comparator.comparingInt(ImportRow::line)));
        return waves;
    }
}
