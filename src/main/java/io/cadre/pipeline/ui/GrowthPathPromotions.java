package io.cadre.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.Level;
import io.cadre.pipeline.api.FindPromotions;
import io.cadre.pipeline.api.PromotionDetails;
import io.cadre.pipeline.api.PromotionPage;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.RecordSection;
import io.cadre.platform.ui.Words;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The growth path's promotion cases, open ones first: the level each case aims at, where it stands, and when it was
 * nominated and decided; shown to those who may see the person's cases, as on the person page.
 */
@org.springframework.stereotype.Component
class GrowthPathPromotions implements RecordSection {

    private static final int SHOWN = 50;

    private final Queries queries;
    private final PromotionScope scope;
    private final Clock clock;

    GrowthPathPromotions(Queries queries, PromotionScope scope, Clock clock) {
        this.queries = queries;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public String recordKind() {
        return RecordSection.GROWTH_PATH;
    }

    @Override
    public Component create(UUID personId) {
        if (!scope.maySee(personId)) {
            return null;
        }
        List<PromotionDetails> cases = queries.ask(new FindPromotions(null, personId, 0, SHOWN), PromotionPage.class).items().stream()
                .sorted((a, b) -> Boolean.compare(b.status().open(), a.status().open())).toList();
        Div section = new Div(new H3("Promotion cases"));
        section.setId("growth-promotions");
        section.setWidthFull();
        section.getStyle().set("margin-top", "var(--lumo-space-m)");
        if (cases.isEmpty()) {
            Paragraph none = new Paragraph("No promotion cases yet. Their manager, a director above them or HR nominates them"
                    + " from their page.");
            none.setId("growth-promotions-none");
            section.add(none);
            return section;
        }
        Map<String, String> titles = new HashMap<>();
        Grid<PromotionDetails> grid = new Grid<>();
        grid.setId("growth-promotion-cases");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> new Anchor("promotions/" + p.id(), titles.computeIfAbsent(p.targetLevel(), this::title)))
                .setHeader("Target level").setFlexGrow(3);
        grid.addColumn(p -> Words.of(p.kind())).setHeader("Kind");
        grid.addColumn(p -> Words.of(p.status())).setHeader("Status");
        grid.addColumn(p -> Words.date(p.nominatedOn())).setHeader("Nominated");
        grid.addColumn(p -> p.decision() == null ? "" : Words.date(LocalDate.ofInstant(p.decision().at(), clock.getZone())))
                .setHeader("Decided");
        grid.addColumn(p -> p.decision() == null || !"APPROVED".equals(p.decision().decision()) ? ""
                : Words.date(p.decision().effectiveDate())).setHeader("Takes effect");
        grid.setItems(cases);
        section.add(grid);
        return section;
    }

    /** "Senior Engineer 1 (engineering/senior-1)", or the level as written when no published ladder names it. */
    private String title(String level) {
        int slash = level == null ? -1 : level.indexOf('/');
        if (slash < 0) {
            return String.valueOf(level);
        }
        String code = level.substring(slash + 1);
        return queries.askList(new FindLadderByCode(level.substring(0, slash)), LadderDetails.class).stream()
                .filter(l -> l.published() != null).findFirst().flatMap(l -> l.published().level(code)).map(Level::title)
                .map(title -> title + " (" + level + ")").orElse(level);
    }
}
