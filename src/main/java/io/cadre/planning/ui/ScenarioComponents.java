package io.cadre.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.BundleUtils;

/**
 * Loads the web components the scenario views use. In production mode Vaadin loads each route's components from the
 * bundle's chunk for that route; the committed bundle predates the scenario views, so they have no chunk of their own
 * until the bundles are rebuilt (which needs Node, engineering.md §1). Meanwhile they ask for the objectives view's
 * chunk, which holds every component they use (combo box, date picker, grid, dialog, notification). Once the bundles are
 * rebuilt this only loads what is loaded already.
 */
final class ScenarioComponents {

    private ScenarioComponents() {
    }

    static void load(UI ui) {
        // As Flow loads a route's own chunk: the client applies no change before the chunk is loaded.
        ui.getPage().addDynamicImport("return window.Vaadin.Flow.loadOnDemand('" + BundleUtils.getChunkId(ObjectivesView.class) + "');");
    }
}
