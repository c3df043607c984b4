package io.cadre.planning.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A key result on a date: its current value (the latest check-in, else the start), its progress
 * {@code (current - start) / (target - start)} held to 0..1, the latest confidence, and its check-ins.
 */
public record KeyResultDetails(UUID id, String title, String unit, BigDecimal start, BigDecimal target, BigDecimal current,
                            double progress, Confidence confidence, List<CheckInDetails> checkIns) {
}
