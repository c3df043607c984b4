package io.cadre.org.api;

/** The kinds of difference between two org charts. */
public enum OrgChangeKind {
    JOINED, LEFT, MANAGER_CHANGED, TEAM_CHANGED, TEAM_FORMED, TEAM_DISSOLVED, TEAM_MOVED;

    /** Whether this change is about a team rather than a person. */
    public boolean aboutTeam() {
        return name().startsWith("TEAM_") && this != TEAM_CHANGED;
    }
}
