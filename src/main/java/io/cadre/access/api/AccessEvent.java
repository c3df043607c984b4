package io.cadre.access.api;

/** Something that happened to a user account: recorded in the event log so the audit timeline can show it. */
public interface AccessEvent {

    /** The account concerned. */
    String username();
}
