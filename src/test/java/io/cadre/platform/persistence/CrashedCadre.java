package io.cadre.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** A Cadre's database side in a JVM of its own: starts the embedded server, records a row, then waits to be killed. */
final class CrashedCadre {

    private CrashedCadre() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedDatabase.start(Path.of(args[0]), false);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table before_the_crash (note text)");
            statement.execute("insert into before_the_crash values ('kept')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
