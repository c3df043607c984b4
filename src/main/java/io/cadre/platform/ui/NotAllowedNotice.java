package io.cadre.platform.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.cadre.shared.NotAllowed;

/** Tells the signed-in user that the server refused a change they may not make; nothing was recorded. */
public final class NotAllowedNotice {

    /** The notification's id, for whoever looks for it on the page. */
    public static final String ID = "not-allowed";

    private NotAllowedNotice() {
    }

    public static void show(NotAllowed refusal) {
        show("Not allowed: " + refusal.getMessage() + ". Nothing was changed.");
    }

    public static void show(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.setId(ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
