package dev.zmodel.pull.dialect;

import dev.zmodel.Provider;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Optional;

/**
 * What {@code db pull} generation needs to know about a database beyond types and defaults: identifier
 * limits and which constraint names are written, the order relation fields are generated in, index methods
 * and operator classes. One implementation per database; {@link Dialects#forProvider} picks it.
 */
public interface Dialect {
    Provider provider();

    /** Default constraint names of this database (identifier limit applied). */
    ConstraintNames constraintNames();

    /** The table's foreign keys in the order relation fields are generated (Prisma's describer order). */
    List<ForeignKey> relationOrder(Table table);

    /** Whether a primary key has a name that {@code @id(map:)} can carry (PostgreSQL). */
    boolean namesPrimaryKeys();

    /** Whether foreign keys have names that {@code @relation(map:)} can carry (PostgreSQL, MySQL). */
    boolean namesForeignKeys();

    /** Whether an implicit many-to-many join table may have a primary key on (A, B) instead of a unique index. */
    boolean joinTableMayUsePrimaryKey();

    /** The ZModel form of an index access method ({@code null}: the default method). */
    IndexMethod indexMethod(String method);

    /** The {@code ops:} value of a non-default operator class: an {@code IndexOperatorClass} member or {@code raw("…")}. */
    Optional<Expr> operatorClass(String operatorClass);

    /** MySQL: the index MySQL created for a foreign key (named after the constraint, on its columns). */
    boolean isForeignKeyIndex(Table table, Index index);
}
