package io.cadre.audit.query;

import io.cadre.org.api.ChangeRetracted;
import io.cadre.org.api.LevelChanged;
import io.cadre.org.api.ManagerChanged;
import io.cadre.org.api.PersonHired;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.PersonLeft;
import io.cadre.org.api.PersonalDataCorrected;
import io.cadre.org.api.PersonalDataErased;
import io.cadre.org.api.PersonTransferred;
import io.cadre.org.api.TeamDissolved;
import io.cadre.org.api.TeamFormed;
import io.cadre.org.api.TeamLeadAssigned;
import io.cadre.org.api.TeamMissionChanged;
import io.cadre.org.api.TeamMoved;
import io.cadre.org.api.TeamRenamed;
import io.cadre.org.api.TitleChanged;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The organisation's changes: teams formed, renamed, moved, led and dissolved; people hired, moved, retitled, levelled and leaving. */
final class OrgDescriber implements Describer {

    static final String TEAM = "TEAM";
    static final String PERSON = "PERSON";

    @Override
    public void describe(Descriptions d) {
        describeRetractions(d);
        d.on(TeamFormed.class, (e, facts) -> {
            String parent = facts.name(e.parentId());
            Change change = Change.of(TEAM, e.teamId(), e.name(), e.name() + " was formed " + (parent == null ? "at the top" : "under " + parent))
                    .set("name", e.name()).set("kind", e.kind()).set("parent", parent).set("parentId", e.parentId())
                    .set("mission", e.mission()).teams(e.teamId(), e.parentId());
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("parentId", e.parentId());
            attrs.put("mission", e.mission());
            facts.put(e.teamId(), TEAM, e.name(), attrs);
            facts.placeTeam(e.teamId(), e.parentId());
            return change;
        });
        d.on(TeamRenamed.class, (e, facts) -> {
            String old = facts.name(e.teamId());
            facts.update(e.teamId(), e.name(), Map.of());
            return Change.of(TEAM, e.teamId(), old, old + " was renamed " + e.name()).field("name", old, e.name()).teams(e.teamId());
        });
        d.on(TeamMissionChanged.class, (e, facts) -> {
            String name = facts.name(e.teamId());
            String old = facts.attr(e.teamId(), "mission");
            facts.update(e.teamId(), null, nullable("mission", e.mission()));
            return Change.of(TEAM, e.teamId(), name, name + "'s mission was restated").field("mission", old, e.mission()).teams(e.teamId());
        });
        d.on(TeamMoved.class, (e, facts) -> {
            String name = facts.name(e.teamId());
            UUID oldParent = facts.uuidAttr(e.teamId(), "parentId");
            String from = Descriptions.or(facts.name(oldParent), "the top");
            String to = Descriptions.or(facts.name(e.parentId()), "the top");
            // The team's old ancestors are kept, so the teams it left see the move too.
            Change change = Change.of(TEAM, e.teamId(), name, name + " moved from under " + from + " to under " + to)
                    .field("parent", facts.name(oldParent), facts.name(e.parentId())).field("parentId", oldParent, e.parentId())
                    .teams(e.teamId(), oldParent, e.parentId());
            facts.update(e.teamId(), null, nullable("parentId", e.parentId()));
            facts.placeTeam(e.teamId(), e.parentId());
            return change;
        });
        d.on(TeamLeadAssigned.class, (e, facts) -> {
            String name = facts.name(e.teamId());
            UUID oldLead = facts.uuidAttr(e.teamId(), "leadId");
            facts.update(e.teamId(), null, nullable("leadId", e.leadId()));
            String summary = e.leadId() == null ? name + " no longer has a lead" : facts.name(e.leadId()) + " became the lead of " + name;
            return Change.of(TEAM, e.teamId(), name, summary).field("lead", facts.name(oldLead), facts.name(e.leadId()))
                    .field("leadId", oldLead, e.leadId()).people(oldLead, e.leadId()).teams(e.teamId());
        });
        d.on(TeamDissolved.class, (e, facts) -> {
            String name = facts.name(e.teamId());
            facts.update(e.teamId(), null, Map.of("status", "DISSOLVED"));
            return Change.of(TEAM, e.teamId(), name, name + " was dissolved").field("status", "ACTIVE", "DISSOLVED").teams(e.teamId());
        });
        d.on(PersonHired.class, (e, facts) -> {
            String name = Descriptions.or(facts.personNameFromStore(e.personId()), "unknown (" + e.personId().toString().substring(0, 8) + ")");
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("teamId", e.teamId());
            attrs.put("managerId", e.managerId());
            attrs.put("title", e.title());
            attrs.put("level", e.level());
            facts.put(e.personId(), PERSON, name, attrs);
            String team = facts.name(e.teamId());
            String manager = facts.name(e.managerId());
            return Change.of(PERSON, e.personId(), name, name + " joined " + team + " as " + e.title()
                            + (manager == null ? "" : ", reporting to " + manager))
                    .set("employeeNumber", e.employeeNumber()).set("team", team).set("teamId", e.teamId()).set("title", e.title())
                    .set("manager", manager).set("managerId", e.managerId()).set("level", e.level())
                    .people(e.personId(), e.managerId()).teams(e.teamId());
        });
        d.on(PersonTransferred.class, (e, facts) -> {
            String name = facts.name(e.personId());
            UUID oldTeam = facts.uuidAttr(e.personId(), "teamId");
            facts.update(e.personId(), null, nullable("teamId", e.teamId()));
            String from = facts.name(oldTeam);
            String to = facts.name(e.teamId());
            return Change.of(PERSON, e.personId(), name, name + " moved " + (from == null ? "" : "from " + from + " ") + "to " + to)
                    .field("team", from, to).field("teamId", oldTeam, e.teamId()).people(e.personId()).teams(oldTeam, e.teamId());
        });
        d.on(ManagerChanged.class, (e, facts) -> {
            String name = facts.name(e.personId());
            UUID oldManager = facts.uuidAttr(e.personId(), "managerId");
            facts.update(e.personId(), null, nullable("managerId", e.managerId()));
            String from = facts.name(oldManager);
            String to = facts.name(e.managerId());
            String summary = to == null ? name + " no longer reports to anyone" + (from == null ? "" : " (was " + from + ")")
                    : name + " now reports to " + to + (from == null ? "" : " instead of " + from);
            return Change.of(PERSON, e.personId(), name, summary).field("manager", from, to).field("managerId", oldManager, e.managerId())
                    .people(e.personId(), oldManager, e.managerId()).teams(facts.uuidAttr(e.personId(), "teamId"));
        });
        d.on(TitleChanged.class, (e, facts) -> {
            String name = facts.name(e.personId());
            String old = facts.attr(e.personId(), "title");
            facts.update(e.personId(), null, nullable("title", e.title()));
            return Change.of(PERSON, e.personId(), name, name + "'s title changed " + (old == null ? "" : "from " + old + " ") + "to " + e.title())
                    .field("title", old, e.title()).people(e.personId()).teams(facts.uuidAttr(e.personId(), "teamId"));
        });
        d.on(LevelChanged.class, (e, facts) -> {
            String name = facts.name(e.personId());
            String old = facts.attr(e.personId(), "level");
            facts.update(e.personId(), null, nullable("level", e.level()));
            String verb = e.kind() == null ? "'s level changed" : switch (e.kind()) {
                case PROMOTION -> " was promoted";
                case DEMOTION -> " was moved down";
                case TRACK_SWITCH -> " switched track";
                case CORRECTION -> "'s level was corrected";
            };
            return Change.of(PERSON, e.personId(), name, name + verb + (old == null ? "" : " from " + old) + " to " + e.level())
                    .field("level", old, e.level()).set("kind", e.kind()).set("ladderVersion", e.ladderVersion())
                    .people(e.personId()).teams(facts.uuidAttr(e.personId(), "teamId"));
        });
        d.on(PersonLeft.class, (e, facts) -> {
            String name = facts.name(e.personId());
            UUID team = facts.uuidAttr(e.personId(), "teamId");
            facts.update(e.personId(), null, Map.of("status", "LEFT"));
            return Change.of(PERSON, e.personId(), name, name + " left " + Descriptions.or(facts.name(team), "the organisation")
                            + (e.kind() == null ? "" : " (" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"))
                    .field("status", "ACTIVE", "LEFT").set("kind", e.kind()).people(e.personId()).teams(team);
        });
        personalData(d);
    }

    /** Corrections say which fields changed; the name the timeline knows the person by follows the correction. */
    private static void personalData(Descriptions d) {
        d.on(PersonalDataCorrected.class, (e, facts) -> {
            String old = facts.name(e.personId());
            if (e.fields().contains("name")) {
                facts.rename(e.personId(), Descriptions.or(facts.personNameFromStore(e.personId()), old));
            }
            return Change.of(PERSON, e.personId(), old, old + "'s " + String.join(" and ", e.fields()) + " corrected")
                    .set("fields", String.join(", ", e.fields())).people(e.personId()).teams(facts.uuidAttr(e.personId(), "teamId"));
        });
        d.on(PersonalDataErased.class, (e, facts) -> {
            facts.erase(e.personId(), PersonName.ERASED);
            return Change.of(PERSON, e.personId(), PersonName.ERASED, "A person's name and email were erased on request")
                    .people(e.personId()).teams(facts.uuidAttr(e.personId(), "teamId"));
        });
    }

    /** The timeline's field names of a change, as the audit keeps them for a team or a person. */
    private static final Map<String, String> ATTRIBUTES = Map.of("team_id", "teamId", "manager_id", "managerId", "title", "title",
            "level", "level", "parent_id", "parentId", "lead_id", "leadId", "mission", "mission");

    /**
     * A retraction: the subject's fields go back to what the change before the retracted one left (a later change of the
     * same fields would have refused the retraction), and the entry names the retracted one.
     */
    private static void describeRetractions(Descriptions d) {
        d.on(ChangeRetracted.class, (e, facts) -> {
            boolean team = e.retractedType().startsWith("Team");
            String name = facts.name(e.subjectId());
            String what = e.retractedType().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            Change change = Change.of(team ? TEAM : PERSON, e.subjectId(), name, "The " + what + " of " + name + " effective "
                    + e.effectiveDate() + " was retracted").set("retractedEventId", e.retractedEventId()).set("retractedType", e.retractedType());
            Map<String, Object> restored = new HashMap<>();
            UUID teamOf = team ? e.subjectId() : facts.uuidAttr(e.subjectId(), "teamId");
            for (Map.Entry<String, String> field : e.restored().entrySet()) {
                String attribute = ATTRIBUTES.get(field.getKey());
                if (attribute != null) {
                    String before = facts.attr(e.subjectId(), attribute);
                    if (attribute.endsWith("Id")) {
                        // A team or person by name, as the other entries write them; the timeline shows the id only without one.
                        change.field(attribute.substring(0, attribute.length() - 2), facts.name(Descriptions.id(before)),
                                facts.name(Descriptions.id(field.getValue())));
                    }
                    change.field(attribute, before, field.getValue());
                    restored.put(attribute, field.getValue());
                } else if (field.getKey().equals("active")) {
                    String status = "false".equals(field.getValue()) ? (team ? "DISSOLVED" : "LEFT") : field.getValue() == null ? null : "ACTIVE";
                    change.field("status", Descriptions.or(facts.attr(e.subjectId(), "status"), "ACTIVE"), status);
                    restored.put("status", "ACTIVE".equals(status) ? null : status);
                }
            }
            String restoredName = e.restored().containsKey("name") ? e.restored().get("name") : null;
            if (restoredName != null) {
                change.field("name", name, restoredName);
            }
            facts.update(e.subjectId(), restoredName, restored);
            if (team && restored.containsKey("parentId")) {
                // A retracted move: the team and the teams below it are back under the parent it had.
                facts.placeTeam(e.subjectId(), Descriptions.id(restored.get("parentId")));
            }
            return team ? change.teams(e.subjectId()) : change.people(e.subjectId()).teams(teamOf);
        });
    }

    /** A one-entry map that may hold null (a cleared field), which {@link Map#of} refuses. */
    static Map<String, Object> nullable(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }
}
