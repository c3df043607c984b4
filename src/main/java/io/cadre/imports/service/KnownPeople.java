package io.cadre.imports.service;

import io.cadre.org.api.FindPeopleByKeys;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.PersonKeys;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.gateway.Queries;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The people a file names (as themselves or as managers) whom Cadre already knows, found in one query at the start. */
final class KnownPeople {

    private final Queries queries;
    private final PersonKeys keys;

    private KnownPeople(Queries queries, PersonKeys keys) {
        this.queries = queries;
        this.keys = keys;
    }

    static KnownPeople lookUp(Queries queries, List<ImportRow> rows) {
        Set<String> numbers = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (ImportRow row : rows) {
            addKey(numbers, row.employeeNumber());
            addKey(numbers, row.managerEmployeeNumber());
            addKey(emails, row.email());
            addKey(emails, row.managerEmail());
        }
        return new KnownPeople(queries, queries.ask(new FindPeopleByKeys(numbers, emails), PersonKeys.class));
    }

    private static void addKey(Set<String> keys, String key) {
        if (key != null && !key.isBlank()) {
            keys.add(key.strip());
        }
    }

    /** The person Cadre knows by employee number or, failing that, by email. */
    Optional<PersonDetails> find(String employeeNumber, String email) {
        UUID id = null;
        if (employeeNumber != null && !employeeNumber.isBlank()) {
            id = keys.byEmployeeNumber().get(employeeNumber.strip());
        }
        if (id == null && email != null && !email.isBlank()) {
            id = keys.byEmail().get(email.strip());
        }
        return id == null ? Optional.empty() : Optional.of(queries.ask(new GetPerson(id), PersonDetails.class));
    }
}
