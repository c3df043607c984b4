package io.cadre.imports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.imports.api.GetImport;
import io.cadre.imports.api.ImportColumn;
import io.cadre.imports.api.ImportPreview;
import io.cadre.imports.api.ImportProgress;
import io.cadre.imports.api.RowMessage;
import io.cadre.imports.service.PeopleImport;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports people from an HRIS export: upload a CSV, check how each column is read (and map any other),
 * preview the first lines, then follow the import with a progress bar and every refusal and adjustment by line.
 */
@Route("imports")
@PageTitle("Import people · Cadre")
@Menu(title = "Import people", order = 5)
@RolesAllowed({"ADMIN", "HR", "DIRECTOR"})
class ImportView extends VerticalLayout {

    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private final PeopleImport imports;
    private final Queries queries;
    private final TextField emailDomain = new TextField("Email domain for bare user names (optional)");
    private final FormLayout mapping = new FormLayout();
    private final Map<String, ComboBox<ImportColumn>> columnPickers = new LinkedHashMap<>();
    private final Span summary = new Span();
    private final Paragraph problem = new Paragraph();
    private final Grid<Map<ImportColumn, String>> preview = new Grid<>();
    private final Button start = new Button("Import");
    private final ProgressBar progressBar = new ProgressBar();
    private final Span status = new Span();
    private final MessageGrid errors = new MessageGrid("import-errors");
    private final MessageGrid adjustments = new MessageGrid("import-adjustments");
    private String csv;
    private UUID running;
    private Registration polling;

    ImportView(PeopleImport imports, Queries queries, AuthenticationContext authentication) {
        this.imports = imports;
        this.queries = queries;
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> received(text)));
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        emailDomain.setId("email-domain");
        emailDomain.setWidth("24rem");
        emailDomain.addValueChangeListener(e -> showPreview(false));
        summary.setId("import-summary");
        problem.setId("import-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        preview.setId("import-preview");
        preview.setAllRowsVisible(true);
        for (ImportColumn column : List.of(ImportColumn.EMPLOYEE_NUMBER, ImportColumn.NAME, ImportColumn.FIRST_NAME,
                ImportColumn.LAST_NAME, ImportColumn.EMAIL, ImportColumn.TITLE, ImportColumn.TEAM, ImportColumn.MANAGER_NUMBER,
                ImportColumn.MANAGER_EMAIL, ImportColumn.LEVEL, ImportColumn.START_DATE)) {
            preview.addColumn(row -> row.getOrDefault(column, "")).setHeader(column.label()).setAutoWidth(true);
        }
        start.setId("start-import");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startImport());
        progressBar.setId("import-progress");
        status.setId("import-status");
        add(new H2("Import people"), new Paragraph("Upload a CSV export of your HRIS (UTF-8). Cadre reads its own headers"
                        + " and the usual ones (Employee #, First Name, Last Name, Work Email, Job Title, Department,"
                        + " Reports To, Hire Date); choose below what any other column means. People already in Cadre are"
                        + " matched by employee number, else email, and only what changed is recorded."),
                upload, emailDomain, new H3("Columns"), mapping, summary, problem, preview, start, progressBar, status,
                new H3("Refused lines"), errors, new H3("Adjustments"), adjustments);
        setStep(false, false);
    }

    private void received(String text) {
        csv = text;
        columnPickers.clear();
        mapping.removeAll();
        showPreview(true);
    }

    /** Reads the file again with the current choices; with {@code recognise}, Cadre's own reading of the headers. */
    private void showPreview(boolean recognise) {
        if (csv == null || running != null) {
            return;
        }
        try {
            ImportPreview result = imports.preview(csv, blankToNull(emailDomain.getValue()), recognise ? null : chosenColumns());
            if (recognise) {
                buildPickers(result);
            }
            summary.setText(result.lines() + " lines; the first " + result.sample().size() + " as Cadre reads them:");
            preview.setItems(result.sample());
            problem.setText(result.errors().isEmpty() ? "" : result.errors().size() + " line(s) cannot be imported, first: line "
                    + result.errors().getFirst().row() + ", " + result.errors().getFirst().message());
            setStep(true, true);
        } catch (InvalidInput e) {
            if (recognise) {
                buildPickers(null);
            }
            problem.setText("This file cannot be imported yet: " + e.getMessage());
            setStep(true, false);
        }
    }

    private void buildPickers(ImportPreview result) {
        List<String> headers = result != null ? result.headers() : firstLine();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            ComboBox<ImportColumn> picker = new ComboBox<>(header, ImportColumn.values());
            picker.setId("map-" + i);
            picker.setItemLabelGenerator(ImportColumn::label);
            picker.setPlaceholder("ignored");
            picker.setClearButtonVisible(true);
            if (result != null) {
                picker.setValue(result.columns().get(header));
            }
            picker.addValueChangeListener(e -> showPreview(false));
            columnPickers.put(header, picker);
            mapping.add(picker);
        }
    }

    private List<String> firstLine() {
        String first = csv.lines().findFirst().orElse("");
        return List.of(first.replace("\uFEFF", "").split(",", -1)).stream().map(String::strip).toList();
    }

    private Map<String, ImportColumn> chosenColumns() {
        Map<String, ImportColumn> chosen = new LinkedHashMap<>();
        columnPickers.forEach((header, picker) -> chosen.put(header, picker.getValue()));
        return chosen;
    }

    private void startImport() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        try {
            running = imports.start(csv, blankToNull(emailDomain.getValue()), chosenColumns(), user);
        } catch (InvalidInput e) {
            problem.setText("This file cannot be imported: " + e.getMessage());
            return;
        }
        start.setEnabled(false);
        progressBar.setVisible(true);
        status.setVisible(true);
        startPolling();
        refreshProgress();
    }

    private void refreshProgress() {
        if (running == null) {
            return;
        }
        ImportProgress progress = queries.ask(new GetImport(running), ImportProgress.class);
        progressBar.setValue(progress.total() == 0 ? 1 : (double) progress.done() / progress.total());
        status.setText(progress.status() + ": " + progress.done() + " of " + progress.total() + " lines done, "
                + progress.failed() + " refused, " + progress.adjustments().size() + " adjustment(s)");
        errors.setItems(progress.errors());
        adjustments.setItems(progress.adjustments());
        if (progress.status().finished()) {
            running = null;
            start.setEnabled(true);
            stopPolling();
        }
    }

    private void setStep(boolean uploaded, boolean importable) {
        start.setEnabled(uploaded && importable);
        preview.setVisible(uploaded && importable);
        progressBar.setVisible(running != null);
        status.setVisible(running != null);
    }

    /** The page asks the server for progress only while an import runs: quiet otherwise. */
    private void startPolling() {
        getUI().ifPresent(ui -> {
            stopPolling();
            ui.setPollInterval(500);
            polling = ui.addPollListener(poll -> refreshProgress());
        });
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (running != null) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Lines of the file with what was refused or adjusted on each. */
    private static final class MessageGrid extends Grid<RowMessage> {
        MessageGrid(String id) {
            setId(id);
            addColumn(RowMessage::row).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
            addColumn(RowMessage::message).setHeader("What happened");
            setAllRowsVisible(true);
        }
    }
}
