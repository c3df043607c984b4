package io.cadre.org.api;

/** Why a person left the organisation. */
public enum LeaveKind { VOLUNTARY, INVOLUNTARY, OTHER }
