/**
 * The audit timeline (product.md §3.5, §7.3): every recorded change of every capability, who made it, when it was recorded,
 * from when it holds, what it changed (the fields before and after) and why, filtered and exported through
 * {@code GET /api/audit} and the Audit view.
 *
 * <p><b>Projection.</b> {@code query.AuditProjection} runs in its own processing group {@code audit}, which no command
 * waits for, one event after another in the order stored, and is rebuilt alone with
 * {@code POST /api/admin/projections/rebuild?group=audit}. It writes one {@code audit_entry} per event and remembers the
 * subjects it has seen in {@code audit_subject}, so that an entry names a person, team, ladder, position or objective as
 * it was called then, and gives the value a field had before the change as the timeline last recorded it. Each feature's
 * events are told by one {@code Describer} (org, ladder, pipeline, planning, access), which reads only that feature's {@code api}
 * events; {@code EventDescriptionsTest} fails for any event type in an {@code api} package without a description.
 * {@code Facts} knows the subjects a batch read or wrote and writes each changed subject once per batch; in a rebuild's
 * replay it knows every subject written since the table was emptied ({@code ReplayMemory}), so it reads none back.
 *
 * <p><b>Teams and sub-teams.</b> An entry concerns the teams the change names (a person's old and new team, a team and its
 * old and new parent, an objective's or a position's team) and every team above them <em>as the timeline knew the
 * hierarchy when the change was recorded</em> (the latest recorded parent of each team at that moment, whatever its
 * effective date). {@code teamId} finds the entries of that team and of every team that was below it then, so a team
 * dissolved or moved away since still shows under its old parent for the changes made while it was there.
 *
 * <p><b>Causes.</b> {@code correlationId} is the id of the request's first message (Axon's {@code traceId}), shared by
 * everything one request led to; {@code causationId} is the event a process reacted to: a hire made by the hiring
 * process names the candidate's acceptance.
 *
 * <p><b>Dates.</b> {@code from}/{@code to} filter the effective date; an event without one (a ladder saved or published)
 * takes effect on the day it was recorded (UTC). {@code recordedFrom}/{@code recordedTo} take an instant, or a date for
 * its first or last moment in UTC.
 *
 * <p>On {@link io.cadre.org.api.PersonalDataErased} the timeline replaces every name it knew the person by (before and
 * after corrections) with "Erased person" in its entries and subjects ({@code Erasures}); entries are otherwise never rewritten.
 */
package io.cadre.audit;
