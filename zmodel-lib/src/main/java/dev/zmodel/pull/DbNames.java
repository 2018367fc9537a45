package dev.zmodel.pull;

import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database names behind ZModel declarations, read from the AST ({@code @@map}, {@code @map}, {@code @@schema},
 * {@code @relation}) — for generated documents and user-written ones alike, so that the merge half of
 * {@code db pull} can pair the fresh declarations with the existing ones by what they are in the database:
 * models by table ({@link #table}, {@link #schema}), fields by column ({@link #column}), enums by type
 * ({@link #enumName}), enum values by value ({@link #enumValue}), relation fields by their foreign key columns
 * ({@link #foreignKeyColumns}) or constraint name ({@link #foreignKeyName}), implicit many-to-many fields by
 * join table ({@link #joinTable}). The names given by {@code @@map}, {@code @map} and {@code @@schema} are read by
 * {@link DatabaseNames}, positional and named arguments alike.
 */
public final class DbNames {
    private DbNames() {}

    /** The table or view: {@code @@map("x")} or {@code @@map(name: "x")}, else the model name. */
    public static String table(DataModel model) {
        return DatabaseNames.table(model);
    }

    /** The {@code @@schema("x")} or {@code @@schema(map: "x")} of a model, if any (absent: the default schema). */
    public static Optional<String> schema(DataModel model) {
        return DatabaseNames.schema(model);
    }

    /** The {@code @@schema("x")} or {@code @@schema(map: "x")} of an enum, if any. */
    public static Optional<String> schema(EnumDecl decl) {
        return DatabaseNames.schema(decl);
    }

    /** The column: {@code @map("x")}, else the field name. Relation fields have no column (see {@link #foreignKeyColumns}). */
    public static String column(Field field) {
        return DatabaseNames.column(field);
    }

    /** The enum type: {@code @@map("x")}, else the enum name. (A MySQL column enum has no name of its own.) */
    public static String enumName(EnumDecl decl) {
        return DatabaseNames.enumName(decl);
    }

    /** The database value of an enum member: {@code @map("x")}, else its name. */
    public static String enumValue(EnumValue value) {
        return DatabaseNames.enumValue(value);
    }

    /**
     * The foreign key columns of a relation field that holds the key ({@code @relation(fields: [a, b])}): the
     * columns of those fields in {@code model}. Empty for the other side of a relation and for many-to-many fields.
     */
    public static List<String> foreignKeyColumns(DataModel model, Field relationField) {
        return fieldColumns(model, relationField, "fields");
    }

    /**
     * The referenced columns of a relation field that holds the key ({@code @relation(references: [id])}), as
     * columns of {@code target} (the field's type).
     */
    public static List<String> referencedColumns(DataModel target, Field relationField) {
        return fieldColumns(target, relationField, "references");
    }

    /** The foreign key constraint name: {@code @relation(map: "x")}; empty when it has the default name. */
    public static Optional<String> foreignKeyName(Field relationField) {
        return relation(relationField).flatMap(a -> a.named("map")).flatMap(Expr::asString);
    }

    /** The relation name, {@code @relation("x")} or {@code @relation(name: "x")}. */
    public static Optional<String> relationName(Field relationField) {
        return relation(relationField).flatMap(a -> a.arg("name", 0)).flatMap(Expr::asString);
    }

    /**
     * The join table of an implicit many-to-many relation between models {@code a} and {@code b}: {@code _} + the
     * relation name, or {@code _{A}To{B}} with the model names in alphabetical order when it has none.
     */
    public static String joinTable(String a, String b, Optional<String> relationName) {
        if (relationName.isPresent()) {
            return "_" + relationName.get();
        }
        return a.compareTo(b) <= 0 ? "_" + a + "To" + b : "_" + b + "To" + a;
    }

    private static List<String> fieldColumns(DataModel model, Field relationField, String argument) {
        Optional<Expr> list = relation(relationField).flatMap(a -> a.named(argument));
        List<String> columns = new ArrayList<>();
        if (list.isPresent() && list.get() instanceof Expr.Array array) {
            for (Expr item : array.items()) {
                String fieldName = item instanceof Expr.Reference r
                        ? r.name()
                        : item instanceof Expr.Invocation i ? i.name() : null;
                if (fieldName != null) {
                    columns.add(model.field(fieldName).map(DbNames::column).orElse(fieldName));
                }
            }
        }
        return columns;
    }

    private static Optional<Attribute> relation(Field field) {
        return field.attribute("@relation");
    }
}
