package io.cadre.ladder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.ladder.api.GetLadder;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.PublishLadder;
import io.cadre.ladder.api.SaveLadderDraft;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.ScopeDecision;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.ui.LiveView;
import io.cadre.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** One ladder: its matrix, the draft editor, level comparison, the distribution of people, and its versions. */
@Route("ladders/:ladderId")
@PageTitle("Ladder · Cadre")
@PermitAll
class LadderPage extends LiveView implements BeforeEnterObserver {

    private final Queries queries;
    private final Commands commands;
    private final boolean editor;
    private final boolean seesPay;
    private final boolean editsPay;
    private final H2 heading = new H2();
    private final Span status = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final RadioButtonGroup<String> matrixOf = new RadioButtonGroup<>();
    private final LadderMatrix matrix = new LadderMatrix();
    private final DraftEditor draftEditor;
    private final LevelCompare compare;
    private final DistributionPanel distribution;
    private final VersionsPanel versions;
    private final Problems problems = new Problems("ladder-problems");
    private UUID id;
    private LadderDetails ladder;
    /** The ladder version the editor's working copy started from: kept through others' unrelated changes. */
    private long editedVersion = -1;

    LadderPage(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication, Clock clock,
               ScopeDecision scopes) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        // Directors see the bands (for their subtree's levels); setting them stays with those who set pay.
        this.seesPay = scopes.seesPay();
        this.editsPay = authentication.hasAnyRole(Role.PAY_READERS);
        this.draftEditor = new DraftEditor(seesPay, editsPay, this::saveDraft);
        this.compare = new LevelCompare(queries);
        this.distribution = new DistributionPanel(queries, LocalDate.now(clock));
        this.versions = new VersionsPanel(clock.getZone());
        heading.setId("ladder-heading");
        status.setId("ladder-status");
        matrixOf.setItems("Published", "Draft");
        matrixOf.addValueChangeListener(e -> showMatrix());
        TabSheet tabs = new TabSheet();
        tabs.setId("ladder-tabs");
        tabs.setWidthFull();
        VerticalLayout matrixTab = new VerticalLayout(matrixOf, matrix);
        matrixTab.setPadding(false);
        matrixTab.setWidthFull();
        tabs.add("Matrix", matrixTab);
        if (editor) {
            tabs.add("Edit draft", draftEditor);
        }
        tabs.add("Compare levels", compare);
        tabs.add("Distribution", distribution);
        tabs.add("Versions", versions);
        add(heading, status, actions, problems, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("ladderId").orElse(""));
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            event.rerouteToError(NotFoundException.class, "No such ladder");
        }
    }

    @Override
    protected void refresh() {
        if (id == null) {
            return;
        }
        ladder = queries.ask(new GetLadder(id), LadderDetails.class);
        heading.setText(ladder.name());
        status.setText(ladder.code() + " · " + (ladder.latestVersion() == null ? "not published yet" : "version " + ladder.latestVersion())
                + (ladder.draftPending() ? " · the draft has unpublished edits" : ""));
        showActions();
        if (matrixOf.getValue() == null || ladder.published() == null) {
            matrixOf.setValue(ladder.published() == null ? "Draft" : "Published");
        }
        matrixOf.setItemEnabledProvider(item -> !"Published".equals(item) || ladder.published() != null);
        showMatrix();
        if (editor && ladder.version() != editedVersion) {
            draftEditor.show(visible(ladder));
            editedVersion = ladder.version();
        }
        if (ladder.published() != null) {
            compare.show(id, visible(ladder.published()));
            distribution.show(id);
        }
        versions.show(ladder);
    }

    private void showMatrix() {
        if (ladder != null) {
            matrix.show(visible("Draft".equals(matrixOf.getValue()) ? ladder.draft() : ladder.published()));
        }
    }

    private void showActions() {
        actions.removeAll();
        if (editor && ladder.draftPending()) {
            Button publish = new Button("Publish version " + (ladder.latestVersion() == null ? 1 : ladder.latestVersion() + 1),
                    VaadinIcon.CHECK_CIRCLE.create(), click -> confirmPublish());
            publish.setId("publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        boolean published = ladder.published() != null;
        for (LadderFormat.Syntax syntax : LadderFormat.Syntax.values()) {
            LadderContent content = visible(published ? ladder.published() : ladder.draft());
            String file = ladder.code() + (published ? "-v" + ladder.latestVersion() : "-draft") + "." + syntax.extension();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = LadderFormat.write(content, syntax).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), file, syntax.mediaType(), bytes.length);
            }), "Export " + syntax.name());
            download.setId("export-" + syntax.extension());
            actions.add(download);
        }
        Anchor print = new Anchor("ladders/" + id + "/print", "Print view", AnchorTarget.BLANK);
        print.setId("print");
        actions.add(print);
        actions.setAlignItems(Alignment.CENTER);
    }

    private void confirmPublish() {
        Dialog dialog = new Dialog("Publish " + ladder.name());
        TextArea reason = new TextArea("Reason");
        reason.setId("publish-reason");
        reason.setWidthFull();
        dialog.add(new Span("A published version never changes; people's levels and promotions are judged against it."), reason);
        Button confirm = new Button("Publish", click -> {
            dialog.close();
            if (problems.run(() -> commands.send(new PublishLadder(id, ladder.version()), id, reason.getValue()))) {
                Notification.show("Published", 2000, Notification.Position.BOTTOM_START);
                refresh();
            }
        });
        confirm.setId("confirm-publish");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.setWidth("30rem");
        dialog.open();
    }

    private void saveDraft(LadderContent content) {
        if (problems.run(() -> commands.send(new SaveLadderDraft(id, content, !editsPay, editedVersion), id, "Edited the draft"))) {
            Notification.show("Draft saved", 2000, Notification.Position.BOTTOM_START);
            refresh();
        }
    }

    private LadderDetails visible(LadderDetails view) {
        return seesPay ? view : view.withoutSalaryBands();
    }

    private LadderContent visible(LadderContent content) {
        return content == null || seesPay ? content : content.withoutSalaryBands();
    }
}
