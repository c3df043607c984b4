package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for one promotion case with its evidence, calibration log and decision. */
public record GetPromotion(UUID promotionId) {
}
