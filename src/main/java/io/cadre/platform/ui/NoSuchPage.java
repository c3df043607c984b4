package io.cadre.platform.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** What a signed-in person sees at an address that is none of Cadre's pages. */
@ParentLayout(MainLayout.class)
@PageTitle("No such page · Cadre")
@PermitAll
public class NoSuchPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NoSuchPage() {
        super("no-such-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        say("No such page", "Cadre has no page at /" + event.getLocation().getPath()
                + ". It may have moved, or the address may be mistyped.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
