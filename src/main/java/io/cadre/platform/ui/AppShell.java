package io.cadre.platform.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.server.AppShellSettings;

/** The page that holds Cadre's UI, with Cadre's icon: server push on, so changes made by others appear without a reload. */
@Push
@StyleSheet(Lumo.STYLESHEET)
class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Cadre");
        settings.addFavIcon("icon", "icons/cadre.svg", "any");
    }
}
