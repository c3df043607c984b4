package io.cadre.planning.query;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Says in words what one change of an objective did, for its history. */
final class ChangeSummaries {

    private ChangeSummaries() {
    }

    /** The summary of the change row at the result set's cursor (columns as {@code ObjectiveQueries} selects them). */
    static String of(ResultSet rs) throws SQLException {
        String unit = rs.getString(7) == null ? "" : " " + rs.getString(7);
        return switch (rs.getString(3)) {
            case "ObjectiveWritten" -> "Objective written: " + rs.getString(6) + (rs.getObject(14) != null ? " (aligned)" : "");
            case "ObjectiveStatusChanged" -> "Status: " + rs.getString(13);
            case "ObjectiveAligned" -> rs.getObject(14) != null ? "Aligned under another objective" : "No longer aligned";
            case "KeyResultWritten", "KeyResultAdded" -> "Key result added: " + rs.getString(6) + ", from " + rs.getBigDecimal(8).toPlainString()
                    + " to " + rs.getBigDecimal(9).toPlainString() + unit;
            case "KeyResultRevised" -> "Key result revised: " + rs.getString(6) + ", from " + rs.getBigDecimal(8).toPlainString()
                    + " to " + rs.getBigDecimal(9).toPlainString() + unit;
            case "CheckInRecorded" -> "Check-in: " + rs.getBigDecimal(10).toPlainString() + ", " + rs.getString(11)
                    + (rs.getString(12) != null ? ", " + rs.getString(12) : "");
            case "NeededPositionAdded" -> "Names a position it needs";
            case "NeededPositionRemoved" -> "No longer names a position";
            default -> rs.getString(3);
        };
    }
}
