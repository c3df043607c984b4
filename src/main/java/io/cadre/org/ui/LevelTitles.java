package io.cadre.org.ui;

import io.cadre.org.api.AssignableLevel;
import io.cadre.org.api.ListAssignableLevels;
import io.cadre.platform.gateway.Queries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The titles of the levels people can be given ("Senior Engineer 1" for engineering/senior-1), for views to show. */
final class LevelTitles {

    private final Map<String, String> titles = new LinkedHashMap<>();

    private LevelTitles(List<AssignableLevel> levels) {
        levels.forEach(level -> titles.put(level.level(), level.title()));
    }

    static LevelTitles of(Queries queries) {
        return new LevelTitles(queries.askList(new ListAssignableLevels(), AssignableLevel.class));
    }

    /** The level's title, or the level as written when it has none (a free label, a retired level). */
    String title(String level) {
        if (level == null) {
            return "";
        }
        String title = titles.get(level);
        return title == null || title.isBlank() ? level : title;
    }

    /** "Senior Engineer 1 (engineering/senior-1)": the title with the code people may also know it by. */
    String withCode(String level) {
        String title = title(level);
        return title.equals(level == null ? "" : level) ? title : title + " (" + level + ")";
    }

    /** Every level with a title, in the ladders' order. */
    List<String> levels() {
        return List.copyOf(titles.keySet());
    }
}
