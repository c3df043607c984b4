package io.cadre.org.command;

/** A dated link from one team or person to another that must stay valid for as long as it holds. */
enum Reference {
    MANAGER("rule_person_state", "person_id", "manager_id", "rule_person_state", "person_id"),
    MEMBER_TEAM("rule_person_state", "person_id", "team_id", "rule_team_state", "team_id"),
    PARENT_TEAM("rule_team_state", "team_id", "parent_id", "rule_team_state", "team_id"),
    TEAM_LEAD("rule_team_state", "team_id", "lead_id", "rule_person_state", "person_id");

    final String holderTable;
    final String holderId;
    final String column;
    final String targetTable;
    final String targetId;

    Reference(String holderTable, String holderId, String column, String targetTable, String targetId) {
        this.holderTable = holderTable;
        this.holderId = holderId;
        this.column = column;
        this.targetTable = targetTable;
        this.targetId = targetId;
    }

    boolean targetIsPerson() {
        return targetTable.equals("rule_person_state");
    }

    boolean holderIsPerson() {
        return holderTable.equals("rule_person_state");
    }
}
