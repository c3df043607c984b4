package io.cadre.pipeline.api;

import java.util.UUID;

/** Ask for one candidate with every move of their candidacy. */
public record GetCandidate(UUID candidateId) {
}
