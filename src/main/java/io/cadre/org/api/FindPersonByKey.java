package io.cadre.org.api;

/** Find the person an HRIS knows by employee number or, failing that, by email (ignoring case); none or one. */
public record FindPersonByKey(String employeeNumber, String email) {
}
