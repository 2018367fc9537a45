package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;

/** A primary key. {@code name} is null where the database has no PK names (MySQL: always "PRIMARY"; SQLite). */
public record PrimaryKey(String name, List<String> columns) implements Serializable {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
