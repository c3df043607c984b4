package io.cadre.org.api;

import java.time.LocalDate;
import java.util.List;

/** What changed between the org chart on one date and on a later one, people first, then teams. */
public record OrgChanges(LocalDate from, LocalDate to, List<OrgChange> changes) {
}
