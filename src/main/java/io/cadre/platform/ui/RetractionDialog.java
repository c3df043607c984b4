package io.cadre.platform.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.cadre.shared.InvalidInput;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The confirmation before a recorded change of a team or person is retracted (product.md §7.3): it says what the views
 * will show instead and asks why; the organisation's rules may still refuse, naming the later fact that depends on it.
 * The audit timeline and the team and person pages' history open the same dialog.
 */
public final class RetractionDialog {

    private RetractionDialog() {
    }

    /**
     * Opens the dialog for the change described by {@code change}, effective on {@code effective}, of {@code subject};
     * {@code retract} sends the retraction with the reason given and answers the subject's new version.
     */
    public static void open(String change, LocalDate effective, String subject, Function<String, Object> retract,
                            Runnable afterRetraction) {
        CommandDialog dialog = new CommandDialog("Retract this change", "Retract", LocalDate.now());
        Paragraph what = new Paragraph("Retract \"" + change + "\" (effective " + Words.date(effective) + "). The org chart, "
                + "the directory, " + subject + "'s record and the reports will show " + subject
                + " as if it had never been made; views as recorded before now still show it, and the audit timeline keeps both.");
        what.setId("retract-summary");
        dialog.addComponentAsFirst(what);
        // A one-line field: the pages that open it load Vaadin's text field, not its text area.
        TextField reason = dialog.field("reason", new TextField("Reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        dialog.onSave(() -> {
            if (reason.getValue().isBlank()) {
                throw InvalidInput.of("reason", "Say why the change is retracted");
            }
            return retract.apply(reason.getValue());
        }, afterRetraction);
        dialog.open();
    }
}
