package dev.zmodel.migrate;

import dev.zmodel.schema.DatabaseSchema;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replay cache stores a {@link DatabaseSchema} with Java serialization: a record of package {@code schema} that is
 * not {@link Serializable} would make every entry holding it unwritable, and the cache would quietly stop working for
 * databases that have that object. Every record there must be serializable.
 */
class ReplayCacheRecordsTest {
    @Test
    void everyRecordOfTheSchemaPackageIsSerializable() throws Exception {
        Path classes = Path.of(DatabaseSchema.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("dev/zmodel/schema");
        List<String> records = new ArrayList<>();
        List<String> notSerializable = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName("dev.zmodel.schema." + simple);
                if (type.isRecord()) {
                    records.add(simple);
                    if (!Serializable.class.isAssignableFrom(type)) {
                        notSerializable.add(simple);
                    }
                }
            }
        }
        assertTrue(records.contains("DatabaseSchema") && records.size() > 10, "records found: " + records);
        assertEquals(List.of(), notSerializable, "records of dev.zmodel.schema that the replay cache cannot store");
    }
}
