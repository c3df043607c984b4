package io.cadre.org.api;

import java.util.Collection;

/** Find, in one go, the people an HRIS knows by these employee numbers and these emails (emails ignoring case). */
public record FindPeopleByKeys(Collection<String> employeeNumbers, Collection<String> emails) {
}
