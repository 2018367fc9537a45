package dev.zmodel.liquibase;

import liquibase.change.AddColumnConfig;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An index column serializes every field exactly as Liquibase's own {@link AddColumnConfig}, set or not. */
class IndexColumnConfigTest {
    @Test
    void serializesEveryFieldAsLiquibasesOwnColumnConfig() {
        AddColumnConfig plain = new AddColumnConfig();
        IndexColumnConfig ours = new IndexColumnConfig();
        for (AddColumnConfig c : new AddColumnConfig[] {plain, ours}) {
            c.setName("created_at");
            c.setDescending(true);
        }
        assertEquals(plain.getSerializableFields(), ours.getSerializableFields());
        for (String field : plain.getSerializableFields()) {
            assertEquals(plain.getSerializableFieldValue(field), ours.getSerializableFieldValue(field), field);
        }
        assertNull(ours.getSerializableFieldValue("valueDate"));
        assertNull(ours.getSerializableFieldValue("defaultValueDate"));

        Timestamp at = Timestamp.valueOf("2026-12-07 10:15:30");
        for (AddColumnConfig c : new AddColumnConfig[] {plain, ours}) {
            c.setValueDate(at);
            c.setDefaultValueDate(at);
        }
        assertEquals("2026-12-07T10:15:30", ours.getSerializableFieldValue("valueDate"));
        assertEquals(plain.getSerializableFieldValue("valueDate"), ours.getSerializableFieldValue("valueDate"));
        assertEquals(
                plain.getSerializableFieldValue("defaultValueDate"),
                ours.getSerializableFieldValue("defaultValueDate"));
    }
}
