package dev.zmodel.liquibase;

import liquibase.database.Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeFactory;
import liquibase.statement.DatabaseFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Why column definitions are raw SQL (docs/decisions.md): Liquibase 4.33's type translation and default-value
 * handling change what a migration would create. If Liquibase ever stops doing this, this test says so and the
 * decision can be revisited.
 */
class LiquibaseTypeTranslationTest {

    private static String type(String definition, Database database) throws Exception {
        return LiquibaseScope.run(() -> DataTypeFactory.getInstance()
                .fromDescription(definition, database)
                .toDatabaseDataType(database)
                .toSql());
    }

    @Test
    void dataTypeFactoryRewritesNativeTypes() throws Exception {
        PostgresDatabase pg = new PostgresDatabase();
        assertEquals("ROLE", type("\"Role\"", pg), "a mixed-case enum type loses its case and quotes");
        assertEquals("DECIMAL", type("money", pg), "money is not decimal");
        assertEquals("VARCHAR[](20)", type("varchar(20)[]", pg), "arrays of sized types break");
        assertEquals("INTEGER", type("serial", pg), "serial is not kept");
        assertEquals("time", type("time(3)", new MySQLDatabase()), "MySQL fractional seconds are dropped");
        assertEquals("char(36)", type("uuid", new MySQLDatabase()));
        assertEquals("UUID", type("uuid", new MariaDBDatabase()), "MySQL and MariaDB differ");
        assertEquals("TEXT", type("timestamp", new SQLiteDatabase()), "SQLite declared types are replaced");
    }

    @Test
    void computedDefaultsAreRewritten() throws Exception {
        PostgresDatabase pg = new PostgresDatabase();
        assertEquals(
                "NOW()",
                LiquibaseScope.run(() -> pg.generateDatabaseFunctionValue(new DatabaseFunction("CURRENT_TIMESTAMP"))),
                "PostgreSQL then stores now(), not CURRENT_TIMESTAMP");
    }
}
