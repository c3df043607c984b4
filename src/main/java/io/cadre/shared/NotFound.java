package io.cadre.shared;

/** The thing a request names in its path does not exist. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
