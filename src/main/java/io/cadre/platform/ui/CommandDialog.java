package io.cadre.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConflictingModificationException;

/**
 * A dialog for one command: its own fields, then the date the change takes effect and why. Field errors
 * show next to their field; a refusal by the organisation's rules shows as a message in the dialog; a
 * change the user may not make closes the dialog with an error notification.
 */
public final class CommandDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final DatePicker effectiveDate = new DatePicker("Effective date");
    private final TextArea reason = new TextArea("Reason");
    private final Paragraph refusal = new Paragraph();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private Supplier<Object> action = () -> null;
    private Runnable afterSave = () -> { };
    private final Button save;

    public CommandDialog(String title, String saveLabel, LocalDate today) {
        setHeaderTitle(title);
        effectiveDate.setValue(today);
        effectiveDate.setId("effective-date");
        reason.setId("reason");
        reason.setMaxLength(2000);
        refusal.setId("refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        fields.put("effectiveDate", effectiveDate);
        fields.put("startDate", effectiveDate);
        fields.put("reason", reason);
        add(form, refusal);
        save = new Button(saveLabel, click -> save());
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
        setWidth("32rem");
    }

    /** Adds a field that the command's field named {@code name} is read from. */
    public <C extends Component & HasValidation> C field(String name, C component) {
        component.setId(name);
        fields.put(name, component);
        form.add(component);
        return component;
    }

    public void withDateAndReason(String dateLabel) {
        effectiveDate.setLabel(dateLabel);
        form.add(effectiveDate, reason);
    }

    /** A reason and no date: for a change that takes effect when recorded. */
    public void withReason() {
        form.add(reason);
    }

    /** Says, above the fields, what saving will do: for a change that cannot be taken back. */
    public void explain(String text) {
        Paragraph explanation = new Paragraph(text);
        explanation.setId("explanation");
        addComponentAsFirst(explanation);
    }

    public LocalDate effectiveDate() {
        return effectiveDate.getValue();
    }

    /** Fills in the date and the reason, as when editing what was written before. */
    public void fill(LocalDate date, String why) {
        effectiveDate.setValue(date);
        reason.setValue(why == null ? "" : why);
    }

    public void setTitleAndSaveLabel(String title, String saveLabel) {
        setHeaderTitle(title);
        save.setText(saveLabel);
    }

    public String reason() {
        return reason.getValue();
    }

    public void onSave(Supplier<Object> action, Runnable afterSave) {
        this.action = action;
        this.afterSave = afterSave;
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        refusal.setVisible(false);
        try {
            action.get();
            close();
            Notification.show("Saved", 2000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterSave.run();
        } catch (InvalidInput e) {
            StringBuilder others = new StringBuilder();
            for (FieldError error : e.errors()) {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                } else {
                    others.append(error.field()).append(": ").append(error.message()).append(". ");
                }
            }
            if (!others.isEmpty()) {
                refuse(others.toString().strip());
            }
        } catch (NotAllowed e) {
            close();
            NotAllowedNotice.show(e);
        } catch (RuleViolation | NotFound e) {
            refuse(e.getMessage());
        } catch (ConflictingModificationException e) {
            refuse("Someone changed this meanwhile; close the dialog and try again.");
        }
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
