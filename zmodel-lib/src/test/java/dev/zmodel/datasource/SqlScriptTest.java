package dev.zmodel.datasource;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlScriptTest {
    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        assertEquals(
                List.of("CREATE TABLE a (x text DEFAULT ';')", "INSERT INTO \"b;c\" VALUES (1)"),
                SqlScript.split("CREATE TABLE a (x text DEFAULT ';');\nINSERT INTO \"b;c\" VALUES (1);\n"));
    }

    @Test
    void keepsDollarQuotedBodiesAndComments() {
        String fn = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql";
        assertEquals(
                List.of("-- leading; comment\n" + fn, "/* a; b */ SELECT 2"),
                SqlScript.split("-- leading; comment\n" + fn + ";\n/* a; b */ SELECT 2;"));
    }

    @Test
    void keepsTriggerBodies() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; UPDATE a SET y = 2; END";
        assertEquals(List.of(trigger, "SELECT 1"), SqlScript.split(trigger + ";\nSELECT 1;"));
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
        assertEquals(List.of("SELECT 1"), SqlScript.split(";;\n-- nothing\n;SELECT 1;\n-- trailing\n"));
    }

    @Test
    void escapedQuotesInMySqlStrings() {
        assertEquals(
                List.of("SELECT 'it\\'s;'", "SELECT 'a''b;'"), SqlScript.split("SELECT 'it\\'s;'; SELECT 'a''b;'"));
    }
}
