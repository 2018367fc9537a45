package dev.zmodel.datasource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunSqlTest {
    @TempDir
    Path dir;

    @Test
    void createsAFreshSqliteDatabaseFromScripts() throws Exception {
        Path script = Files.writeString(dir.resolve("s.sql"), """
                CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); -- a table
                INSERT INTO t (name) VALUES ('a;b');
                """);
        Path db = dir.resolve("dev.db");
        RunSql.main(new String[] {"jdbc:sqlite:" + db, script.toString()});
        RunSql.main(new String[] {"--fresh", "jdbc:sqlite:" + db, script.toString()});
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*), max(name) FROM t")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "--fresh must start from an empty database");
            assertEquals("a;b", rs.getString(2));
        }
    }
}
