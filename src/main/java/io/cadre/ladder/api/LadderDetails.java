package io.cadre.ladder.api;

import java.util.List;
import java.util.UUID;

/**
 * A ladder as editors see it: the draft, the latest published content (null before the first publication),
 * what the draft would change if published, every version, and the aggregate version for If-Match.
 */
public record LadderDetails(UUID id, String code, String name, Integer latestVersion, boolean draftPending,
                         LadderContent draft, LadderContent published, List<String> draftChanges,
                         List<LadderVersionInfo> versions, long version) {

    /** The same ladder with every salary band left out, for readers who may not see pay. */
    public LadderDetails withoutSalaryBands() {
        return new LadderDetails(id, code, name, latestVersion, draftPending, draft == null ? null : draft.withoutSalaryBands(),
                published == null ? null : published.withoutSalaryBands(), draftChanges, versions, version);
    }
}
