package io.cadre.planning.api;

/** How sure the owner team is, at a check-in, that a key result will reach its target. */
public enum Confidence { ON_TRACK, AT_RISK, OFF_TRACK }
