package io.cadre.ladder.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.cadre.platform.ui.NotAllowedNotice;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import org.axonframework.modelling.command.ConflictingModificationException;

/** Shows why a ladder change was refused: every problem, each where it is, or the rule that forbids it. */
final class Problems extends Div {

    Problems(String id) {
        setId(id);
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    /** Runs the change and shows its refusal, if any; answers whether it went through. */
    boolean run(Runnable change) {
        clear();
        try {
            change.run();
            return true;
        } catch (InvalidInput e) {
            UnorderedList list = new UnorderedList();
            for (FieldError error : e.errors()) {
                list.add(new ListItem(error.field() + ": " + error.message()));
            }
            show(new Paragraph("Nothing was changed. Please fix:"), list);
        } catch (NotAllowed e) {
            NotAllowedNotice.show(e);
        } catch (RuleViolation | NotFound e) {
            show(new Paragraph(e.getMessage()));
        } catch (ConflictingModificationException e) {
            show(new Paragraph("Someone changed this ladder meanwhile; reload it and edit again."));
        }
        return false;
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    private void show(com.vaadin.flow.component.Component... parts) {
        add(parts);
        setVisible(true);
    }
}
