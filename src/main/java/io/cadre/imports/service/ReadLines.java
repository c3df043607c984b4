package io.cadre.imports.service;

import io.cadre.imports.api.RowMessage;
import java.util.List;

/** A file's lines as read: the rows to import, the lines refused on reading and the values adjusted on reading. */
record ReadLines<R>(List<R> rows, List<RowMessage> errors, List<RowMessage> adjustments) {
}
