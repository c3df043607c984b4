package io.cadre.shared;

/** The sender may not send this command (or no one is signed in to send it); nothing was recorded. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
