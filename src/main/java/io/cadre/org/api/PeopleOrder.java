package io.cadre.org.api;

/** The column the people directory is sorted by. */
public enum PeopleOrder { NAME, TITLE, TEAM, MANAGER, LEVEL, START_DATE }
