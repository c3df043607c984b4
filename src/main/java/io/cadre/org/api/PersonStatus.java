package io.cadre.org.api;

/** Whether a person works in the organisation on a date or has left it. */
public enum PersonStatus { ACTIVE, LEFT }
