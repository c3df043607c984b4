package io.cadre.audit.query;

import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderCreated;
import io.cadre.ladder.api.LadderDraftSaved;
import io.cadre.ladder.api.LadderPublished;
import java.util.Map;

/** The career ladders' changes: a ladder started, its draft saved, a version published. */
final class LadderDescriber implements Describer {

    static final String LADDER = "LADDER";

    @Override
    public void describe(Descriptions d) {
        d.on(LadderCreated.class, (e, facts) -> {
            String name = name(e.draft());
            facts.put(e.ladderId(), LADDER, name, Map.of("levels", levels(e.draft())));
            return Change.of(LADDER, e.ladderId(), name, "The ladder " + name + " was started as a draft")
                    .set("code", e.draft().code()).set("name", name).set("levels", levels(e.draft()));
        });
        d.on(LadderDraftSaved.class, (e, facts) -> {
            String old = facts.name(e.ladderId());
            String oldLevels = facts.attr(e.ladderId(), "levels");
            String name = name(e.draft());
            facts.update(e.ladderId(), name, Map.of("levels", levels(e.draft())));
            Change change = Change.of(LADDER, e.ladderId(), old, "The draft of the ladder " + name + " was saved")
                    .field("draftLevels", oldLevels == null ? null : Integer.valueOf(oldLevels), levels(e.draft()));
            return old.equals(name) ? change : change.field("name", old, name);
        });
        d.on(LadderPublished.class, (e, facts) -> {
            String name = name(e.content());
            String old = facts.attr(e.ladderId(), "version");
            facts.update(e.ladderId(), name, Map.of("version", e.version()));
            return Change.of(LADDER, e.ladderId(), name, "Version " + e.version() + " of the ladder " + name + " was published")
                    .field("version", old == null ? null : Integer.valueOf(old), e.version()).set("levels", levels(e.content()));
        });
    }

    private static String name(LadderContent content) {
        return Descriptions.or(content.name(), Descriptions.or(content.code(), "(unnamed)"));
    }

    private static int levels(LadderContent content) {
        return content.levels().size();
    }
}
