package io.cadre.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.LevelOption;
import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.api.FindPromotions;
import io.cadre.pipeline.api.NominatePromotion;
import io.cadre.pipeline.api.PromotionDetails;
import io.cadre.pipeline.api.PromotionPage;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.RecordSection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The person page's promotion cases, open and past, for those who may see them; their manager, a director above them or
 * HR nominates them from here, with evidence per competency area of the ladder.
 */
@org.springframework.stereotype.Component
class PersonPromotions implements RecordSection {

    private final Queries queries;
    private final Commands commands;
    private final PromotionScope scope;
    private final Clock clock;

    PersonPromotions(Queries queries, Commands commands, PromotionScope scope, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public String recordKind() {
        return "person";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UUID personId) {
        if (!scope.maySee(personId)) {
            return null;
        }
        List<PromotionDetails> cases = queries.ask(new FindPromotions(null, personId, 0, 50), PromotionPage.class).items();
        Div section = new Div(new H3("Promotions"));
        section.setId("person-promotions");
        if (SignedIn.maySend(NominatePromotion.class) && scope.mayActFor(personId)
                && cases.stream().noneMatch(p -> p.status().open())) {
            Button nominate = new Button("Nominate for promotion", click -> nominate(personId));
            nominate.setId("nominate");
            section.add(nominate);
        }
        if (cases.isEmpty()) {
            section.add(new Paragraph("No promotion cases."));
            return section;
        }
        Grid<PromotionDetails> grid = new Grid<>();
        grid.setId("person-promotion-cases");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> new Anchor("promotions/" + p.id(), p.fromLevel() + " → " + p.targetLevel())).setHeader("Case")
                .setFlexGrow(2);
        grid.addColumn(p -> p.status().name()).setHeader("Status");
        grid.addColumn(p -> p.nominatedOn().toString()).setHeader("Nominated");
        grid.addColumn(p -> p.decision() == null ? "" : p.decision().decision() + " on " + p.decision().effectiveDate())
                .setHeader("Outcome");
        grid.setItems(cases);
        section.add(grid);
        return section;
    }

    private void nominate(UUID personId) {
        GrowthPath path = queries.ask(new GetGrowthPath(personId, null), GrowthPath.class);
        List<LevelOption> targets = new ArrayList<>(path.nextLevels());
        targets.addAll(path.crossTrackOptions());
        List<Area> areas = path.ladderCode() == null ? List.of() : queries.askList(new FindLadderByCode(path.ladderCode()),
                LadderDetails.class).stream().findFirst().filter(l -> l.published() != null).map(l -> l.published().areas())
                .orElse(List.of());
        CommandDialog dialog = new CommandDialog("Nominate " + path.personName() + " for promotion", "Nominate", LocalDate.now(clock));
        ComboBox<LevelOption> target = dialog.field("targetLevel", new ComboBox<>("Target level"));
        target.setItems(targets);
        target.setItemLabelGenerator(o -> o.title() + " (" + o.level() + ", " + o.relation() + ")");
        Map<String, TextArea> evidence = new LinkedHashMap<>();
        for (Area area : areas) {
            TextArea text = new TextArea("Evidence: " + area.name());
            text.setMaxLength(2000);
            evidence.put(area.code(), dialog.field("evidence-" + area.code(), text));
        }
        dialog.withDateAndReason("Nominated on");
        dialog.onSave(() -> {
            UUID id = UUID.randomUUID();
            List<Evidence> given = evidence.entrySet().stream().filter(e -> !e.getValue().getValue().isBlank())
                    .map(e -> new Evidence(e.getKey(), e.getValue().getValue())).toList();
            return commands.send(new NominatePromotion(id, personId, target.getValue() == null ? null : target.getValue().level(),
                    given, dialog.effectiveDate()), id, dialog.reason());
        }, () -> { });
        dialog.open();
    }
}
