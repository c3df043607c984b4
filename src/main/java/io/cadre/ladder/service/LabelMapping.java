package io.cadre.ladder.service;

import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.FreeLabel;
import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderView;
import io.cadre.ladder.api.ListFreeLabels;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelBarrier;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Maps levels given as free labels before ladders existed onto published levels in one step: each active
 * person carrying a mapped label gets a correction to the chosen level, effective on the chosen date or, when
 * none is chosen, from the day they were given the label, so that the label is replaced for its whole span.
 */
@Component
public class LabelMapping {

    private final Commands commands;
    private final Queries queries;
    private final ReadModelBarrier barrier;
    private final Clock clock;

    LabelMapping(Commands commands, Queries queries, ReadModelBarrier barrier, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.barrier = barrier;
        this.clock = clock;
    }

    /** What a mapping did: how many people it corrected, and each person it could not, with the reason. */
    public record Mapped(int corrected, List<String> refused) {
    }

    public Mapped map(Map<String, String> labelToLevel, LocalDate effectiveDate, String reason) {
        Set<String> labels = queries.askList(new ListFreeLabels(), FreeLabel.class).stream().map(FreeLabel::label).collect(Collectors.toSet());
        List<FieldError> problems = new ArrayList<>();
        labelToLevel.forEach((label, level) -> {
            if (!labels.contains(label)) {
                problems.add(new FieldError("mappings." + label, "no active person carries the free label " + label));
            } else {
                String problem = problemWith(level);
                if (problem != null) {
                    problems.add(new FieldError("mappings." + label, problem));
                }
            }
        });
        if (labelToLevel.isEmpty()) {
            problems.add(new FieldError("mappings", "must map at least one label"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        OrgChart chart = queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class);
        int corrected = 0;
        List<String> refused = new ArrayList<>();
        UUID last = null;
        long lastVersion = 0;
        for (ChartPerson person : chart.people()) {
            String level = person.level() == null ? null : labelToLevel.get(person.level());
            if (level == null) {
                continue;
            }
            LocalDate date = effectiveDate != null ? effectiveDate
                    : queries.ask(new GetGrowthPath(person.id(), null), GrowthPath.class).since();
            try {
                lastVersion = commands.sendWithoutWaiting(
                        new ChangeLevel(person.id(), level.strip(), LevelChangeKind.CORRECTION, date, null), person.id(), reason);
                last = person.id();
                corrected++;
            } catch (InvalidInput | RuleViolation refusal) {
                refused.add(person.name() + ": " + refusal.getMessage());
            }
        }
        if (last != null) {
            barrier.awaitEvent(last.toString(), lastVersion);
        }
        return new Mapped(corrected, refused);
    }

    /** Why a target is not a level people can be given, or null when it is one. */
    private String problemWith(String level) {
        if (level == null || !level.contains("/")) {
            return "must name a published level, written <ladder code>/<level code>";
        }
        String code = level.strip().substring(0, level.strip().indexOf('/'));
        String levelCode = level.strip().substring(code.length() + 1);
        LadderContent published = queries.askList(new FindLadderByCode(code), LadderView.class).stream()
                .map(LadderView::published).filter(Objects::nonNull).findFirst().orElse(null);
        if (published == null) {
            return "no published ladder has the code " + code;
        }
        var found = published.level(levelCode);
        if (found.isEmpty()) {
            return "no level " + levelCode + " in " + code;
        }
        return found.get().retired() ? "the level " + level.strip() + " is retired" : null;
    }
}
