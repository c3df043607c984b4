package io.cadre.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.platform.consistency.ReadModelChanges;

/** A view that redraws itself, through server push, whenever the read models change: also for others' changes. */
public abstract class LiveView extends VerticalLayout {

    private final ReadModelChanges changes;
    private Runnable unsubscribe = () -> { };

    protected LiveView(ReadModelChanges changes) {
        this.changes = changes;
    }

    protected abstract void refresh();

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = changes.subscribe(() -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
    }
}
