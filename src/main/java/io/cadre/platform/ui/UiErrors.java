package io.cadre.platform.ui;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.cadre.shared.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * Shows a command refused for the sender's role as an error notification, from whichever view or button
 * sent it, rather than as an internal error; every other failure goes to Vaadin's own handling.
 */
@Component
class UiErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            for (Throwable cause = event.getThrowable(); cause != null; cause = cause.getCause()) {
                if (cause instanceof NotAllowed refusal) {
                    NotAllowedNotice.show(refusal);
                    return;
                }
            }
            super.error(event);
        }
    }
}
