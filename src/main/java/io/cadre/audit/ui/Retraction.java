package io.cadre.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.cadre.audit.api.AuditEntry;
import io.cadre.org.api.RetractPersonChange;
import io.cadre.org.api.RetractTeamChange;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * "Retract" on an entry of a team's or person's change, for those who may (HR, ADMIN): a confirmation says what the views
 * will show instead and asks why; the organisation's rules may refuse, naming the later fact that depends on the change.
 */
final class Retraction {

    private static final Set<String> SUBJECTS = Set.of("PERSON", "TEAM");

    private final Commands commands;
    private final Runnable afterRetraction;

    Retraction(Commands commands, Runnable afterRetraction) {
        this.commands = commands;
        this.afterRetraction = afterRetraction;
    }

    Component button(AuditEntry entry) {
        boolean person = "PERSON".equals(entry.subjectKind());
        if (!SUBJECTS.contains(entry.subjectKind()) || entry.subjectId() == null || "CHANGE_RETRACTED".equals(entry.type())
                || !SignedIn.maySend(person ? RetractPersonChange.class : RetractTeamChange.class)) {
            return new Span();
        }
        Button retract = new Button("Retract", e -> confirm(entry, person));
        retract.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        retract.addClassName("audit-retract");
        return retract;
    }

    private void confirm(AuditEntry entry, boolean person) {
        CommandDialog dialog = new CommandDialog("Retract this change", "Retract", LocalDate.now());
        Paragraph what = new Paragraph("Retract \"" + entry.summary() + "\" (effective " + entry.effectiveDate() + "). The org chart, "
                + "the directory, " + entry.subject() + "'s record and the reports will show " + entry.subject()
                + " as if it had never been made; views as recorded before now still show it, and this timeline keeps both.");
        what.setId("retract-summary");
        dialog.addComponentAsFirst(what);
        // A one-line field: the timeline's page loads Vaadin's text field, not its text area.
        TextField reason = dialog.field("reason", new TextField("Reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        UUID eventId = UUID.fromString(entry.eventId());
        dialog.onSave(() -> {
            if (reason.getValue().isBlank()) {
                throw InvalidInput.of("reason", "Say why the change is retracted");
            }
            Object command = person ? new RetractPersonChange(entry.subjectId(), eventId) : new RetractTeamChange(entry.subjectId(), eventId);
            return commands.send(command, entry.subjectId(), reason.getValue());
        }, afterRetraction);
        dialog.open();
    }
}
