package io.cadre.org.timeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The fields one event sets on one team or person, from its effective date until the next change of each field. */
public record SubjectChange(SubjectKind kind, UUID subjectId, LocalDate validFrom, Map<String, String> fields) {
}
