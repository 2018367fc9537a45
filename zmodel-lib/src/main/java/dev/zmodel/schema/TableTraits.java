package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;

/**
 * Table features ZModel cannot express, kept so that db pull can warn about them and migrations leave them
 * alone.
 *
 * @param partitioned      PostgreSQL partitioned table ({@code relkind 'p'})
 * @param partitionOf      the parent table when this table is a partition; null otherwise
 * @param inherits         PostgreSQL parents ({@code INHERITS})
 * @param hasSubclasses    PostgreSQL inheritance parent
 * @param rowLevelSecurity PostgreSQL {@code relrowsecurity}
 * @param withoutRowid     SQLite {@code WITHOUT ROWID}
 * @param partitionBy      PostgreSQL partitioned table: its key as {@code pg_get_partkeydef} prints it
 *                         ({@code RANGE (payment_date)}), written by CREATE TABLE as {@code PARTITION BY}; null
 *                         otherwise (a model never states it)
 */
public record TableTraits(
        boolean partitioned,
        String partitionOf,
        List<String> inherits,
        boolean hasSubclasses,
        boolean rowLevelSecurity,
        boolean withoutRowid,
        String partitionBy)
        implements Serializable {
    public static final TableTraits NONE = new TableTraits(false, null, List.of(), false, false, false);

    public TableTraits {
        inherits = List.copyOf(inherits);
    }

    /** Traits without a partition key. */
    public TableTraits(
            boolean partitioned,
            String partitionOf,
            List<String> inherits,
            boolean hasSubclasses,
            boolean rowLevelSecurity,
            boolean withoutRowid) {
        this(partitioned, partitionOf, inherits, hasSubclasses, rowLevelSecurity, withoutRowid, null);
    }
}
