package io.cadre.org.api;

import java.util.UUID;

/** Ask for a person's name as the personal-data store holds it now ({@code Erased person} once erased), whatever the read models have reached. */
public record GetPersonName(UUID personId) {
}
