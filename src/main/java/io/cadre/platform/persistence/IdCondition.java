package io.cadre.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The condition on a uuid column for a set of ids, bound as the statement's first parameter. One id is compared with
 * "{@code = ?}", for which PostgreSQL keeps one plan; several with "{@code = any(?)}", which it plans anew on every
 * execution (it reckons a kept plan for ten ids). A command touches one subject, so its statements take the first form.
 */
public final class IdCondition {

    private IdCondition() {
    }

    /** The condition's text, to follow the column's name. */
    public static String of(String[] ids) {
        return ids.length == 1 ? " = cast(? as uuid)" : " = any(cast(? as uuid[]))";
    }

    /** Binds the ids as the statement's first parameter, to match {@link #of}. */
    public static void bind(PreparedStatement statement, String[] ids) throws SQLException {
        if (ids.length == 1) {
            statement.setString(1, ids[0]);
        } else {
            statement.setArray(1, statement.getConnection().createArrayOf("text", ids));
        }
    }
}
