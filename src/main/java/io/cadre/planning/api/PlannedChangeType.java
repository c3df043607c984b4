package io.cadre.planning.api;

/** What a planned change does: each is the live command of the same name, recorded only when applied. */
public enum PlannedChangeType {
    FORM_TEAM, MOVE_TEAM, RENAME_TEAM, DISSOLVE_TEAM, TRANSFER, CHANGE_MANAGER, CHANGE_LEVEL, LEAVE, OPEN_POSITION, CLOSE_POSITION
}
