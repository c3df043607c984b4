package io.cadre.pipeline.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one table of a position's transitions: the statuses each starts from, the status it leads to, and the command a
 * user sends for it (filling is the hiring process's own, so it has no path). The aggregate, the REST API and the board
 * all read it.
 */
public enum PositionTransition {
    APPROVE("approve", "Approve", "approved", Set.of(PositionStatus.PROPOSED), PositionStatus.APPROVED),
    FREEZE("freeze", "Freeze", "frozen", Set.of(PositionStatus.APPROVED), PositionStatus.FROZEN),
    UNFREEZE("unfreeze", "Unfreeze", "unfrozen", Set.of(PositionStatus.FROZEN), PositionStatus.APPROVED),
    CANCEL("cancel", "Cancel", "cancelled", Set.of(PositionStatus.PROPOSED, PositionStatus.APPROVED, PositionStatus.FROZEN),
            PositionStatus.CANCELLED),
    FILL(null, "Fill", "filled", Set.of(PositionStatus.APPROVED), PositionStatus.FILLED);

    private final String path;
    private final String label;
    private final String verb;
    private final Set<PositionStatus> from;
    private final PositionStatus to;

    PositionTransition(String path, String label, String verb, Set<PositionStatus> from, PositionStatus to) {
        this.path = path;
        this.label = label;
        this.verb = verb;
        this.from = from;
        this.to = to;
    }

    /** The last segment of its REST path ({@code /api/positions/{id}/approve}), or null when no user sends it. */
    public String path() {
        return path;
    }

    /** Its name on a button. */
    public String label() {
        return label;
    }

    /** What the position becomes, as a participle: approved, frozen... */
    public String verb() {
        return verb;
    }

    /** The statuses a position may be in to take it. */
    public Set<PositionStatus> from() {
        return from;
    }

    /** The status the position has after it. */
    public PositionStatus to() {
        return to;
    }

    /** The transitions a user may send for a position in this status, in the order of the table. */
    public static List<PositionTransition> offeredFrom(PositionStatus status) {
        return Arrays.stream(values()).filter(t -> t.path != null && t.from.contains(status)).toList();
    }

    /** The transition a REST path segment names. */
    public static PositionTransition ofPath(String path) {
        return Arrays.stream(values()).filter(t -> t.path != null && t.path.equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No position transition at " + path));
    }

    /** The command a user sends for this transition of a position. */
    public Object command(UUID positionId, LocalDate effectiveDate, Long expectedVersion) {
        return switch (this) {
            case APPROVE -> new ApprovePosition(positionId, effectiveDate, expectedVersion);
            case FREEZE -> new FreezePosition(positionId, effectiveDate, expectedVersion);
            case UNFREEZE -> new UnfreezePosition(positionId, effectiveDate, expectedVersion);
            case CANCEL -> new CancelPosition(positionId, effectiveDate, expectedVersion);
            case FILL -> throw new IllegalStateException("A position is filled by the hiring process, not by a user's command");
        };
    }
}
