package io.cadre.org.api;

import java.util.List;

/** One page of people found by a search, with the total number found. */
public record PeoplePage(List<PersonDetails> items, int page, int size, long total) {
}
