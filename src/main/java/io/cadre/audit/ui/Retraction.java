package io.cadre.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import io.cadre.audit.api.AuditEntry;
import io.cadre.org.api.RetractPersonChange;
import io.cadre.org.api.RetractTeamChange;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.RetractionDialog;
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
        UUID eventId = UUID.fromString(entry.eventId());
        RetractionDialog.open(entry.summary(), entry.effectiveDate(), entry.subject(), reason -> commands.send(
                person ? new RetractPersonChange(entry.subjectId(), eventId) : new RetractTeamChange(entry.subjectId(), eventId),
                entry.subjectId(), reason), afterRetraction);
    }
}
