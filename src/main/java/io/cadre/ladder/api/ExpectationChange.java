package io.cadre.ladder.api;

/** How an area's expectations differ from one level to another. */
public enum ExpectationChange {
    SAME, NEW, RAISED, CHANGED, LOWERED, DROPPED
}
