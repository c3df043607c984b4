package io.cadre.org.api;

import java.util.UUID;

/** One difference between two org charts: a person or team, what kind of change, and what it was before and after (names, for people to read). */
public record OrgChange(OrgChangeKind kind, UUID subjectId, String name, String before, String after) {
}
