package io.cadre.imports.api;

/** What an import did with one line of the file (the header is line 1): why it refused it, or how it adjusted it. */
public record RowMessage(int row, String message) {
}
