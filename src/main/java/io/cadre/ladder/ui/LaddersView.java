package io.cadre.ladder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.ladder.api.CreateLadder;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderSummary;
import io.cadre.ladder.api.LadderTemplates;
import io.cadre.ladder.api.ListLadders;
import io.cadre.ladder.service.LabelMapping;
import io.cadre.ladder.service.LadderImports;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Every career ladder, and for editors the ways to start one: from a template, from a file, or empty. */
@Route("ladders")
@PageTitle("Ladders · Cadre")
@Menu(title = "Ladders", order = 3)
@PermitAll
class LaddersView extends LiveView {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Queries queries;
    private final Commands commands;
    private final LadderTemplates templates;
    private final LadderImports imports;
    private final Grid<LadderSummary> ladders = new Grid<>();
    private final Span empty = new Span("No ladders yet. Start one from the Financial Times template, import a ladder file, or create"
            + " an empty one. Until a ladder is published, levels are free labels.");
    private final Problems problems = new Problems("import-problems");

    LaddersView(Queries queries, Commands commands, ReadModelChanges changes, LadderTemplates templates, LadderImports imports,
                LabelMapping labelMapping, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.templates = templates;
        this.imports = imports;
        setSizeFull();
        add(new H2("Career ladders"));
        if (authentication.hasAnyRole(Role.ORG_EDITORS)) {
            add(editorActions(), problems);
        }
        empty.setId("ladders-empty");
        ladders.setId("ladders-grid");
        ladders.addColumn(LadderSummary::name).setHeader("Ladder").setFlexGrow(3);
        ladders.addColumn(LadderSummary::code).setHeader("Code");
        ladders.addColumn(l -> l.latestVersion() == null ? "not published" : "version " + l.latestVersion()).setHeader("Published");
        ladders.addColumn(l -> l.draftPending() ? "unpublished edits" : "").setHeader("Draft");
        ladders.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("ladders/" + e.getItem().id())));
        add(empty, ladders);
        if (authentication.hasAnyRole(Role.ORG_EDITORS)) {
            add(new H3("Levels given before ladders existed"), new FreeLabels(queries, labelMapping, this::refresh));
        }
        refresh();
    }

    @Override
    protected void refresh() {
        List<LadderSummary> all = queries.askList(new ListLadders(), LadderSummary.class);
        ladders.setItems(all);
        empty.setVisible(all.isEmpty());
        ladders.setVisible(!all.isEmpty());
        getChildren().filter(FreeLabels.class::isInstance).map(FreeLabels.class::cast).forEach(FreeLabels::refresh);
    }

    private HorizontalLayout editorActions() {
        Button fromTemplate = new Button("From template", VaadinIcon.COPY_O.create(), click -> openTemplateDialog());
        fromTemplate.setId("from-template");
        fromTemplate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button create = new Button("New ladder", VaadinIcon.PLUS.create(), click -> openNewDialog());
        create.setId("new-ladder");
        Checkbox publish = new Checkbox("Publish after import");
        publish.setId("publish-import");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> importFile(text, publish.getValue())));
        }));
        upload.setId("ladder-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json", "application/json", "application/yaml");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setUploadButton(new Button("Import ladder file", VaadinIcon.UPLOAD.create()));
        HorizontalLayout actions = new HorizontalLayout(fromTemplate, create, upload, publish);
        actions.setAlignItems(Alignment.CENTER);
        return actions;
    }

    private void importFile(String text, boolean publish) {
        problems.clear();
        problems.run(() -> {
            LadderImports.Imported imported = imports.importFile(text, null, publish, "Imported from a ladder file");
            getUI().ifPresent(ui -> ui.navigate("ladders/" + imported.ladderId()));
        });
    }

    private void openTemplateDialog() {
        CommandDialog dialog = new CommandDialog("Start a ladder from a template", "Create draft", null);
        ComboBox<LadderTemplates.Template> template = dialog.field("template", new ComboBox<>("Template", templates.all()));
        template.setItemLabelGenerator(LadderTemplates.Template::name);
        template.setValue(templates.all().getFirst());
        template.setWidthFull();
        TextField code = dialog.field("code", new TextField("Code"));
        code.setValue("engineering");
        code.setHelperText("Levels are written <code>/<level>, such as engineering/senior-1");
        Paragraph attribution = new Paragraph(templates.all().getFirst().attribution());
        attribution.getStyle().set("font-size", "var(--lumo-font-size-s)");
        dialog.add(attribution);
        dialog.onSave(() -> {
            LadderContent content = templates.content(template.getValue().key());
            return create(new LadderContent(code.getValue().strip(), content.name(), content.summary(), content.tracks(),
                    content.levels(), content.equivalences(), content.areas(), content.expectations()));
        }, () -> { });
        dialog.open();
    }

    private void openNewDialog() {
        CommandDialog dialog = new CommandDialog("New ladder", "Create draft", null);
        TextField name = dialog.field("name", new TextField("Name"));
        TextField code = dialog.field("code", new TextField("Code"));
        code.setHelperText("Lowercase, such as engineering");
        dialog.onSave(() -> create(new LadderContent(code.getValue().strip(), name.getValue().strip(), null,
                List.of(), List.of(), List.of(), List.of(), List.of())), () -> { });
        dialog.open();
    }

    private UUID create(LadderContent content) {
        UUID id = UUID.randomUUID();
        commands.send(new CreateLadder(id, content), id, "Started " + content.name());
        getUI().ifPresent(ui -> ui.navigate("ladders/" + id));
        return id;
    }
}
