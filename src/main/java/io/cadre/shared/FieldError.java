package io.cadre.shared;

/** What is wrong with one field of a request or command. */
public record FieldError(String field, String message) {
}
