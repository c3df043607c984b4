package io.cadre.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * A command about people or teams: the command bus refuses it unless each of them is in the sender's scope on
 * {@link #scopeDate()} (product.md §7.5). A null subject stands for the top of the organisation, which only a
 * scope without limit covers. Organisation-wide commands (ladders, users, imports) do not implement it.
 */
public interface ScopedCommand {

    /** The people or teams the command is about, as the sender's scope must cover them. */
    Collection<UUID> scopeSubjects();

    /** The date the scope is judged on; null for today. */
    default LocalDate scopeDate() {
        return null;
    }
}
