package io.cadre.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.pipeline.api.GetSuccession;
import io.cadre.pipeline.api.PlanSuccession;
import io.cadre.pipeline.api.Readiness;
import io.cadre.pipeline.api.SuccessionDetails;
import io.cadre.pipeline.api.SuccessionRisk;
import io.cadre.pipeline.api.Successor;
import io.cadre.pipeline.api.SuccessorDetails;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.RecordSection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The person page's succession: the risk of losing them and their successors with readiness; editors set the plan here. */
@org.springframework.stereotype.Component
class PersonSuccession implements RecordSection {

    private static final int ROWS = 3;

    private final Queries queries;
    private final Commands commands;
    private final Clock clock;

    PersonSuccession(Queries queries, Commands commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public String recordKind() {
        return "person";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(UUID personId) {
        SuccessionDetails plan = queries.ask(new GetSuccession(personId), SuccessionDetails.class);
        Div section = new Div(new H3("Succession"));
        section.setId("succession");
        Paragraph summary = new Paragraph(plan.risk() == null ? "No succession plan yet."
                : "Risk of loss: " + plan.risk() + " · set by " + plan.actor() + " on " + plan.effectiveDate()
                + (plan.reason() == null ? "" : " (" + plan.reason() + ")"));
        summary.setId("succession-summary");
        section.add(summary);
        if (!plan.successors().isEmpty()) {
            Grid<SuccessorDetails> successors = new Grid<>();
            successors.setId("successors");
            successors.setAllRowsVisible(true);
            successors.addColumn(s -> s.name() == null ? "(unknown)" : s.name() + (s.active() ? "" : " (left)")).setHeader("Successor");
            successors.addColumn(SuccessorDetails::title).setHeader("Title");
            successors.addColumn(s -> readiness(s.readiness())).setHeader("Readiness");
            successors.setItems(plan.successors());
            section.add(successors);
        }
        if (SignedIn.maySend(PlanSuccession.class)) {
            Button edit = new Button("Set succession", click -> edit(personId, plan));
            edit.setId("set-succession");
            section.add(edit);
        }
        return section;
    }

    static String readiness(Readiness readiness) {
        return switch (readiness) {
            case READY_NOW -> "Ready now";
            case ONE_TO_TWO_YEARS -> "1-2 years";
            case LATER -> "Later";
        };
    }

    private void edit(UUID personId, SuccessionDetails plan) {
        OrgChart org = queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class);
        List<ChartPerson> people = org.people().stream().filter(p -> !p.id().equals(personId))
                .sorted(Comparator.comparing(ChartPerson::name)).toList();
        CommandDialog dialog = new CommandDialog("Succession", "Save", LocalDate.now(clock));
        ComboBox<SuccessionRisk> risk = dialog.field("risk", new ComboBox<>("Risk of loss", SuccessionRisk.values()));
        risk.setValue(plan.risk());
        List<ComboBox<ChartPerson>> who = new ArrayList<>();
        List<ComboBox<Readiness>> when = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            ComboBox<ChartPerson> person = dialog.field("successors[" + i + "].personId", new ComboBox<>("Successor " + (i + 1)));
            person.setItems(people);
            person.setItemLabelGenerator(ChartPerson::name);
            ComboBox<Readiness> readiness = dialog.field("successors[" + i + "].readiness", new ComboBox<>("Readiness", Readiness.values()));
            readiness.setItemLabelGenerator(PersonSuccession::readiness);
            if (i < plan.successors().size()) {
                UUID named = plan.successors().get(i).personId();
                people.stream().filter(p -> p.id().equals(named)).findFirst().ifPresent(person::setValue);
                readiness.setValue(plan.successors().get(i).readiness());
            }
            who.add(person);
            when.add(readiness);
        }
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> {
            List<Successor> successors = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                if (who.get(i).getValue() != null) {
                    successors.add(new Successor(who.get(i).getValue().id(), when.get(i).getValue()));
                }
            }
            UUID planId = PlanSuccession.planOf(personId);
            return commands.send(new PlanSuccession(planId, personId, risk.getValue(), successors, dialog.effectiveDate(), null), planId,
                    dialog.reason());
        }, () -> { });
        dialog.open();
    }
}
