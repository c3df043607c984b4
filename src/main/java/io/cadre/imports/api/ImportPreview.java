package io.cadre.imports.api;

import java.util.List;
import java.util.Map;

/**
 * What a file would import before anything is recorded: its headers and the column each is read as, how many
 * lines it has, its first lines as read, and the lines already refused and adjusted among them.
 */
public record ImportPreview(List<String> headers, Map<String, ImportColumn> columns, int lines,
                            List<Map<ImportColumn, String>> sample, List<RowMessage> errors, List<RowMessage> adjustments) {
}
