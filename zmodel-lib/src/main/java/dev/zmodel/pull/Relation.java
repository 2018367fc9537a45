package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;

import java.util.List;

/**
 * A relation between two models as written in a schema: the side that holds the foreign key
 * ({@code forward}, with {@code @relation(fields: ...)}) in {@code holder}, and its opposite {@code back} in
 * {@code target} (null when the schema lacks it). For an implicit many-to-many relation both sides are
 * lists and {@code fkColumns} is empty.
 *
 * @param fkColumns the database columns of {@code fields:}, in order
 * @param fkName    the foreign key constraint name of {@code map:}, or null
 */
record Relation(
        DataModel holder,
        Field forward,
        DataModel target,
        Field back,
        String name,
        List<String> fkColumns,
        String fkName,
        boolean manyToMany) {
    Relation {
        fkColumns = List.copyOf(fkColumns);
    }

    boolean isSelf() {
        return holder == target;
    }
}
