package io.cadre.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, refusing connections) from every
 * other failure: such a call did not happen and can be retried, so it is answered 503 with {@code Retry-After},
 * not 500, and never as a failed sign-in.
 */
public final class DatabaseOutage {

    /** How long a client is asked to wait before retrying: the database's usual restart time. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    public static final String TITLE = "Database unavailable";
    public static final String DETAIL = "Cadre cannot reach its database just now; nothing was recorded, retry shortly";

    private DatabaseOutage() {
    }

    /** Whether this failure, or one of its causes, is the database out of reach. */
    public static boolean causedIt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01..57P03: the server is shutting down or starting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
