package io.cadre.org.timeline;

import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.OrgEvent;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.TeamDissolved;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamLeadAssigned;
import io.cadre.org.api.TeamMissionChanged;
import io.cadre.org.api.TeamMoved;
import io.cadre.org.api.TeamRenamed;
import io.cadre.org.api.TitleChanged;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** What each organisation event says about the state of its team or person: the one mapping both sides use. */
public final class OrgFacts {

    private OrgFacts() {
    }

    public static SubjectChange of(OrgEvent event) {
        return switch (event) {
            case TeamFormed e -> team(e, fields("active", "true", "name", e.name(), "kind", e.kind().name(),
                    "parent_id", str(e.parentId()), "mission", e.mission(), "lead_id", null));
            case TeamRenamed e -> team(e, fields("name", e.name()));
            case TeamMissionChanged e -> team(e, fields("mission", e.mission()));
            case TeamMoved e -> team(e, fields("parent_id", str(e.parentId())));
            case TeamLeadAssigned e -> team(e, fields("lead_id", str(e.leadId())));
            case TeamDissolved e -> team(e, fields("active", "false", "lead_id", null));
            case PersonHired e -> person(e, fields("active", "true", "team_id", str(e.teamId()),
                    "manager_id", str(e.managerId()), "title", e.title(), "level", e.level(),
                    "employee_number", e.employeeNumber()));
            case PersonTransferred e -> person(e, fields("team_id", str(e.teamId())));
            case ManagerChanged e -> person(e, fields("manager_id", str(e.managerId())));
            case TitleChanged e -> person(e, fields("title", e.title()));
            case LevelChanged e -> person(e, fields("level", e.level()));
            case PersonLeft e -> person(e, fields("active", "false"));
        };
    }

    private static SubjectChange team(OrgEvent e, Map<String, String> fields) {
        return new SubjectChange(SubjectKind.TEAM, e.subjectId(), e.effectiveDate(), fields);
    }

    private static SubjectChange person(OrgEvent e, Map<String, String> fields) {
        return new SubjectChange(SubjectKind.PERSON, e.subjectId(), e.effectiveDate(), fields);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String str(Object value) {
        return Objects.toString(value, null);
    }
}
