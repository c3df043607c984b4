package io.cadre.reports.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.cadre.platform.security.SignedIn;
import io.cadre.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Where a signed-in user lands: directors, HR and administrators on their organisation at a glance ({@link HomeView})
 * when they open Cadre's root; everyone else where they did before.
 */
@Component
class Landing implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getLocation().getPath().isEmpty() && enter.getNavigationTarget() != HomeView.class
                    && SignedIn.asAny(Role.DIRECTOR.name(), Role.HR.name(), Role.ADMIN.name())) {
                enter.forwardTo(HomeView.class);
            }
        }));
    }
}
