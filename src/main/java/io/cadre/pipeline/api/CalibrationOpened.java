package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A calibration session was opened over some promotion cases. */
@Revision("1")
public record CalibrationOpened(UUID sessionId, String name, LocalDate date, List<UUID> promotionIds, LocalDate effectiveDate)
        implements CalibrationEvent {
}
