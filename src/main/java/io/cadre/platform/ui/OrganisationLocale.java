package io.cadre.platform.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Every UI speaks the organisation's locale ({@code cadre.locale}), so dates read alike in every view and picker. */
@Component
class OrganisationLocale implements VaadinServiceInitListener {

    private final Locale locale;

    OrganisationLocale(@Value("${cadre.locale:en-GB}") String tag) {
        this.locale = Locale.forLanguageTag(tag);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(locale));
    }
}
