package io.cadre.org.api;

/** What a change of level means: a step up or down, a move to another track, or a fix of a wrong record. */
public enum LevelChangeKind { PROMOTION, DEMOTION, TRACK_SWITCH, CORRECTION }
