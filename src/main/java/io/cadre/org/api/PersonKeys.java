package io.cadre.org.api;

import java.util.Map;
import java.util.UUID;

/** The people found by employee number and by email, each keyed by the number or the email as it was asked for. */
public record PersonKeys(Map<String, UUID> byEmployeeNumber, Map<String, UUID> byEmail) {
}
