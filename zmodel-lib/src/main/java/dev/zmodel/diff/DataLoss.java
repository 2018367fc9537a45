package dev.zmodel.diff;

/**
 * What a change can do to the data already in the database, in increasing order of risk (the lint classes of
 * Atlas and Prisma's destructive-change checker).
 */
public enum DataLoss {
    /** Cannot lose data and cannot fail because of the data. */
    SAFE,
    /**
     * Loses nothing but may fail depending on the data: a new NOT NULL column without a default, a new unique
     * index or primary key, a column made required, a narrowing type change, a removed enum value.
     */
    DATA_DEPENDENT,
    /** Loses data: a dropped table or column, a lossy type change (values rounded or truncated). */
    DESTRUCTIVE;

    public DataLoss max(DataLoss other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
