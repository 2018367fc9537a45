package dev.zmodel.pull.defaults;

import dev.zmodel.lang.ast.Expr;

/** The ZModel form of a column default. */
public sealed interface DefaultValue {
    /** No {@code @default}. */
    record None() implements DefaultValue {}

    /** {@code @default(autoincrement())}: a sequence, identity, AUTO_INCREMENT or SQLite rowid key. */
    record AutoIncrement() implements DefaultValue {}

    /** {@code @default(now())}. */
    record Now() implements DefaultValue {}

    /** {@code @default(<literal>)}: a string, number, boolean, enum member or list of them. */
    record Literal(Expr value) implements DefaultValue {}

    /** {@code @default(dbgenerated("<expression>"))}: any other database expression, as the catalog prints it. */
    record DbGenerated(String expression) implements DefaultValue {}

    DefaultValue NONE = new None();
    DefaultValue AUTO_INCREMENT = new AutoIncrement();
    DefaultValue NOW = new Now();
}
