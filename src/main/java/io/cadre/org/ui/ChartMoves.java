package io.cadre.org.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.ui.CommandDialog;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The moves a drop on the chart asks for, each confirmed in a dialog with its effective date and reason; a person
 * dropped on a manager in another team may move into that team in the same change.
 * The organisation's rules decide: a refusal (a cycle, a manager who has left) shows in the dialog and
 * nothing is recorded.
 */
final class ChartMoves {

    private final Commands commands;
    private final Runnable afterMove;

    ChartMoves(Commands commands, Runnable afterMove) {
        this.commands = commands;
        this.afterMove = afterMove;
    }

    /**
     * A person dropped on a manager. When the manager is in another team the dialog offers to move the person into
     * that team too (ticked at first): then the transfer carries the new manager, one change with one reason.
     */
    void person(OrgChart chart, UUID personId, UUID managerId, LocalDate today) {
        String person = name(chart, personId);
        String manager = name(chart, managerId);
        UUID from = teamOf(chart, personId);
        UUID to = teamOf(chart, managerId);
        CommandDialog dialog = new CommandDialog("Move " + person, "Move", today);
        Paragraph summary = describe(person + " will report to " + manager + ".");
        dialog.addComponentAsFirst(summary);
        if (to != null && !to.equals(from)) {
            String team = teamName(chart, to);
            Checkbox alsoTeam = new Checkbox("Also move " + person + " into " + team + ", " + manager + "'s team", true);
            alsoTeam.setId("move-team-too");
            Runnable describe = () -> summary.setText(alsoTeam.getValue()
                    ? person + " will join " + team + " and report to " + manager + "."
                    : person + " will report to " + manager + " and stay in " + teamName(chart, from) + ".");
            alsoTeam.addValueChangeListener(e -> describe.run());
            describe.run();
            dialog.addComponentAtIndex(1, alsoTeam);
            dialog.withDateAndReason("Effective date");
            dialog.onSave(() -> commands.send(alsoTeam.getValue()
                    ? new TransferPerson(personId, to, managerId, dialog.effectiveDate(), null)
                    : new ChangeManager(personId, managerId, dialog.effectiveDate(), null), personId, dialog.reason()), afterMove);
        } else {
            dialog.withDateAndReason("Effective date");
            dialog.onSave(() -> commands.send(new ChangeManager(personId, managerId, dialog.effectiveDate(), null), personId,
                    dialog.reason()), afterMove);
        }
        dialog.open();
    }

    void team(OrgChart chart, UUID teamId, UUID parentId, LocalDate today) {
        String team = teamName(chart, teamId);
        String parent = teamName(chart, parentId);
        CommandDialog dialog = new CommandDialog("Move " + team, "Move", today);
        dialog.addComponentAsFirst(describe(team + " will be part of " + parent + ", with its people and sub-teams."));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new MoveTeam(teamId, parentId, dialog.effectiveDate(), null), teamId,
                dialog.reason()), afterMove);
        dialog.open();
    }

    private static Paragraph describe(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("move-summary");
        return paragraph;
    }

    private static String name(OrgChart chart, UUID id) {
        return chart.people().stream().filter(p -> p.id().equals(id)).map(ChartPerson::name).findFirst().orElse("(unknown)");
    }

    private static UUID teamOf(OrgChart chart, UUID personId) {
        return chart.people().stream().filter(p -> p.id().equals(personId)).map(ChartPerson::teamId).findFirst().orElse(null);
    }

    private static String teamName(OrgChart chart, UUID id) {
        return chart.teams().stream().filter(t -> t.id().equals(id)).map(ChartTeam::name).findFirst().orElse("(unknown)");
    }
}
