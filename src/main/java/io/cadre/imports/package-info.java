/**
 * HRIS imports: people from an HRIS export, and their past jobs as back-dated changes.
 *
 * <p>Owns the import run and its record ({@code import_job}): the file's rows as read and mapped, the run's progress
 * (lines done and refused, every refusal and adjustment by line, its {@link io.cadre.imports.api.ImportStatus}), and
 * the org commands it sends (hire, transfer, change title, manager and level, form team), each with its line as the
 * reason. {@code api} is its public face, {@code service} runs the imports, {@code web} and {@code ui} start and
 * follow them.
 *
 * <p>May use {@code io.cadre.org.api} (the commands it sends, the people and teams it matches),
 * {@code io.cadre.ladder.api} (judging levels) and {@code io.cadre.platform} (commands, queries, read-model barrier);
 * nothing else of Cadre but {@code io.cadre.shared}.
 *
 * <p>Implements {@code org}'s {@link io.cadre.org.api.PersonalDataCopies}: an erased person's name and email are
 * replaced in every import report's messages, in the erasure's transaction ({@code ImportReportErasure}).
 */
package io.cadre.imports;
