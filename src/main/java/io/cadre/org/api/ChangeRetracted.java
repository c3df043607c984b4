package io.cadre.org.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A recorded change of a team or person (its event {@code retractedEventId}, number {@code retractedSeq} of the subject)
 * was retracted: it stays in the log, and every view as effective folds the subject as if it had not been made. It took
 * effect on {@code effectiveDate}; {@code restored} holds the fields it had set, each with the value the subject's latest
 * standing change before it gives (in the timeline's names: {@code team_id}, {@code manager_id}, {@code title}, ...).
 */
@Revision("1")
public record ChangeRetracted(UUID subjectId, UUID retractedEventId, long retractedSeq, String retractedType,
                              LocalDate effectiveDate, Map<String, String> restored) {
}
