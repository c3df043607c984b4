package io.cadre.org.api;

/** The kind of a unit in the team hierarchy, from the whole organisation down to a single team. */
public enum TeamKind { ORGANIZATION, DEPARTMENT, GROUP, TEAM }
