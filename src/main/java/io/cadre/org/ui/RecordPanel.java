package io.cadre.org.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/** A read-only record: labelled values, two columns on a wide screen. */
final class RecordPanel extends FormLayout {

    RecordPanel() {
        setId("record");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** Shows label, value pairs in order. */
    void show(String... labelsAndValues) {
        removeAll();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            Span text = new Span(value == null || value.isBlank() ? "—" : value);
            text.setId("record-" + labelsAndValues[i].toLowerCase().replace(' ', '-'));
            addFormItem(text, labelsAndValues[i]);
        }
    }
}
