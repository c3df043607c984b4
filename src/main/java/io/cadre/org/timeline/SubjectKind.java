package io.cadre.org.timeline;

import java.util.List;

/** The two kinds of subject in the organisation's timeline, with the state columns each has. */
public enum SubjectKind {
    PERSON("person", "person_id", List.of(
            Column.bool("active"), Column.uuid("team_id"), Column.uuid("manager_id"),
            Column.text("title"), Column.text("level"), Column.text("employee_number"))),
    TEAM("team", "team_id", List.of(
            Column.bool("active"), Column.text("name"), Column.text("kind"), Column.uuid("parent_id"),
            Column.text("mission"), Column.uuid("lead_id")));

    private final String table;
    private final String idColumn;
    private final List<Column> columns;

    SubjectKind(String table, String idColumn, List<Column> columns) {
        this.table = table;
        this.idColumn = idColumn;
        this.columns = columns;
    }

    String stateTable(String prefix) {
        return prefix + table + "_state";
    }

    String idColumn() {
        return idColumn;
    }

    List<Column> columns() {
        return columns;
    }

    /** A state column and the SQL cast that turns its text value into the column's type. */
    record Column(String name, String cast) {
        static Column bool(String name) {
            return new Column(name, "boolean");
        }

        static Column uuid(String name) {
            return new Column(name, "uuid");
        }

        static Column text(String name) {
            return new Column(name, "text");
        }
    }
}
