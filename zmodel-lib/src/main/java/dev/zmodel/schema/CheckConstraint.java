package dev.zmodel.schema;

import java.io.Serializable;

/**
 * A CHECK constraint; {@code expression} as the catalog prints it.
 *
 * @param column the column it is declared on, where the database keeps that apart from a table's checks (MariaDB's
 *               column checks, which are named after their column and dropped with it); {@code null} for a table check
 */
public record CheckConstraint(String name, String expression, String column) implements Serializable {

    /** A check declared on the table. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, null);
    }
}
