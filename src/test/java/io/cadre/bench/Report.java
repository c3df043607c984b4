package io.cadre.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's tables, one per org size, each figure beside its target, printed and kept as Markdown. */
final class Report {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Report.class);

    /** One measured figure beside its target and whether it meets it ("yes", "NO", or "-" where no target applies). */
    record Row(String what, String measured, String target, String meets) {
    }

    /** The table of one org size, with the facts about the org above it and the notes that explain it below. */
    static final class Section {
        final String title;
        final List<String> facts = new ArrayList<>();
        final List<Row> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Section(String title) {
            this.title = title;
        }

        void row(String what, String measured, String target, String meets) {
            rows.add(new Row(what, measured, target, meets));
        }

        String markdown() {
            StringBuilder text = new StringBuilder("## ").append(title).append("\n\n");
            facts.forEach(f -> text.append("- ").append(f).append('\n'));
            text.append("\n| What | Measured | Target (product.md §4, 2 cores) | Meets |\n|---|---|---|---|\n");
            rows.forEach(r -> text.append("| ").append(r.what()).append(" | ").append(r.measured()).append(" | ")
                    .append(r.target()).append(" | ").append(r.meets()).append(" |\n"));
            if (!notes.isEmpty()) {
                text.append('\n');
                notes.forEach(n -> text.append(n).append('\n'));
            }
            return text.append('\n').toString();
        }
    }

    private final Path file;
    private final String header;
    private final List<Section> sections = new ArrayList<>();

    Report(Path file, String header) {
        this.file = file;
        this.header = header;
    }

    /** Adds a finished section, prints it and rewrites the Markdown file, so a later size's failure keeps the earlier tables. */
    void add(Section section) {
        sections.add(section);
        log.info("\n{}", section.markdown());
        write();
    }

    void write() {
        StringBuilder text = new StringBuilder(header);
        sections.forEach(s -> text.append(s.markdown()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String yesNo(boolean meets) {
        return meets ? "yes" : "NO";
    }
}
