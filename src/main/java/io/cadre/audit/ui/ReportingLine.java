package io.cadre.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.audit.api.AuditEntry;
import io.cadre.audit.api.AuditPage;
import io.cadre.audit.api.FindAuditEntries;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetPersonName;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.RecordSection;
import io.cadre.platform.ui.Words;
import io.cadre.shared.Role;
import java.util.UUID;

/**
 * On a person's page, for those who may read the audit timeline: "Why does X report to Y?", the changes of the person's
 * manager and team back in time, newest first, each with its date, who made it and why, and a link to the full timeline.
 */
@org.springframework.stereotype.Component
class ReportingLine implements RecordSection {

    private static final int SHOWN = 10;

    private final Queries queries;
    private final AuthenticationContext authentication;

    ReportingLine(Queries queries, AuthenticationContext authentication) {
        this.queries = queries;
        this.authentication = authentication;
    }

    @Override
    public String recordKind() {
        return "person";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(UUID personId) {
        if (!authentication.hasAnyRole(Role.ORG_EDITORS)) {
            return null;
        }
        PersonDetails person = queries.ask(new GetPerson(personId), PersonDetails.class);
        String question = person.managerId() == null ? "Why does " + person.name() + " report to nobody?"
                : "Why does " + person.name() + " report to " + queries.ask(new GetPersonName(person.managerId()), PersonName.class).name() + "?";
        AuditPage changes = queries.ask(new FindAuditEntries(null, personId, null, null, AuditView.REPORTING_LINE, null, null, null,
                null, null, 0, SHOWN), AuditPage.class);
        Div section = new Div(new H3(question));
        section.setId("reporting-line");
        if (changes.items().isEmpty()) {
            section.add(new Paragraph("The audit timeline has no change of this person's manager or team yet."));
        } else {
            UnorderedList list = new UnorderedList();
            for (AuditEntry change : changes.items()) {
                list.add(new ListItem("From " + Words.date(change.effectiveDate()) + ": " + change.summary() + " (by " + change.actor()
                        + (change.reason() == null ? "" : ": \u201c" + change.reason() + "\u201d") + ")"));
            }
            section.add(list);
        }
        section.add(new Anchor("audit?person=" + personId + "&line=reporting", "Open in the audit timeline"));
        return section;
    }
}
