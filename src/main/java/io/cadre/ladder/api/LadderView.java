package io.cadre.ladder.api;

import java.util.List;
import java.util.UUID;

/**
 * A ladder as editors see it: the draft, the latest published content (null before the first publication),
 * what the draft would change if published, every version, and the aggregate version for If-Match.
 */
public record LadderView(UUID id, String code, String name, Integer latestVersion, boolean draftPending,
                         LadderContent draft, LadderContent published, List<String> draftChanges,
                         List<LadderVersionInfo> versions, long version) {
}
