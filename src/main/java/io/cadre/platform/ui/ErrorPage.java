package io.cadre.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Optional;

/** The body of Cadre's own error pages: a headline, one sentence and a way back to the start. */
abstract class ErrorPage extends VerticalLayout {

    private final H2 headline = new H2();
    private final Paragraph explanation = new Paragraph();

    ErrorPage(String id) {
        setId(id);
        setPadding(true);
        Anchor back = new Anchor("", "Back to People");
        back.setId("error-back");
        add(headline, explanation, back);
    }

    void say(String headlineText, String explanationText) {
        headline.setText(headlineText);
        explanation.setText(explanationText);
    }

    /** The title a person knows the page at {@code path} by (its menu entry), if it is one of Cadre's pages. */
    static Optional<String> titleOf(String path) {
        try {
            return RouteConfiguration.forApplicationScope().getRoute(path)
                    .map(view -> view.getAnnotation(Menu.class))
                    .map(Menu::title);
        } catch (RuntimeException notARoute) {
            return Optional.empty();
        }
    }
}
