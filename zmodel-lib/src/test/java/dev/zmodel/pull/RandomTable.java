package dev.zmodel.pull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A planned table of a random schema: names are unquoted, types already in the dialect's spelling. */
final class RandomTable {
    /** A column; {@code defaultSql} is the text after DEFAULT or null; generated keys are left out of inserts. */
    record Column(
            String name,
            RandomKind kind,
            String sql,
            boolean nullable,
            String defaultSql,
            boolean unique,
            RandomType type,
            boolean generated,
            String comment) {}

    /** Where a foreign key is declared. */
    enum Placement {
        COLUMN,
        TABLE,
        ALTER
    }

    /** A foreign key to one column of {@code target}; {@code name} null for an unnamed constraint. */
    record ForeignKey(
            String name,
            String column,
            RandomTable target,
            String targetColumn,
            String onDelete,
            String onUpdate,
            Placement placement) {}

    /**
     * An index column: a column name, descending or not, with a MySQL prefix length or null, and PostgreSQL's
     * {@code NULLS FIRST}/{@code NULLS LAST} or null.
     */
    record Part(String column, boolean desc, Integer length, String nulls) {
        Part(String column, boolean desc) {
            this(column, desc, null, null);
        }
    }

    /**
     * A unique constraint ({@code constraint}, possibly unnamed) or an index; {@code predicate} and
     * {@code expression} make a partial or expression index (what ZModel cannot express); {@code fulltext} a MySQL
     * FULLTEXT index.
     */
    record Index(
            String name,
            List<Part> parts,
            boolean unique,
            boolean constraint,
            String predicate,
            String expression,
            boolean fulltext,
            String method) {
        Index(String name, List<Part> parts, boolean unique, boolean constraint, String predicate, String expression) {
            this(name, parts, unique, constraint, predicate, expression, false, null);
        }
    }

    /** A CHECK constraint; {@code name} null for an unnamed one. */
    record Check(String name, String expression) {}

    final String schema;
    final String name;
    final List<Column> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    String primaryKeyName;
    boolean primaryKeyInline;
    RandomKey key;
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    String comment;
    /** The column a trigger sets to the current time on every update, or null. */
    String touchedColumn;

    int rows;

    RandomTable(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    boolean hasColumn(String column) {
        String key = normalized(column);
        return columns.stream().anyMatch(c -> normalized(c.name()).equals(key));
    }

    Column column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
    }

    /** The single primary key column, or null (composite key, no key). */
    String keyColumn() {
        return primaryKey.size() == 1 ? primaryKey.get(0) : null;
    }

    /** The literal of the first row's key when rows are inserted and it is predictable, else null. */
    String firstKey() {
        return rows == 0 || key == null ? null : key.firstKey();
    }

    /** Names that print the same after sanitising (case, spaces, dashes, underscores) clash in ZModel. */
    static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
