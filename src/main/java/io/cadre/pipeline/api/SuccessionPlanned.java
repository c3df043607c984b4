package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The risk of losing a person and the successors for their role were set, replacing any earlier plan. */
@Revision("1")
public record SuccessionPlanned(UUID planId, UUID personId, SuccessionRisk risk, List<Successor> successors,
                                LocalDate effectiveDate) implements SuccessionEvent {
}
