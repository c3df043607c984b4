package io.cadre.platform.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** What a signed-in person sees on a page their role may not open, instead of the page. */
@ParentLayout(MainLayout.class)
@PageTitle("No access · Cadre")
@PermitAll
public class NoAccessPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    NoAccessPage() {
        super("no-access");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String page = titleOf(event.getLocation().getPath()).orElse("this page");
        say("You don't have access to " + page,
                "Your role does not include it. An administrator can give you a role that does.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
