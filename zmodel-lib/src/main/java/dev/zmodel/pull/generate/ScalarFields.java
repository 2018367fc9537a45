package dev.zmodel.pull.generate;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.pull.defaults.DefaultMapping;
import dev.zmodel.pull.defaults.DefaultTarget;
import dev.zmodel.pull.defaults.DefaultValue;
import dev.zmodel.pull.naming.NamingPreset;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The field of one column: its type ({@code T}, {@code T?}, {@code T[]}, an enum, {@code Unsupported("…")}),
 * key attributes, {@code @default}, {@code @updatedAt} (zenstack preset: DateTime columns named
 * {@code updatedAt}/{@code updated_at}), {@code @map}, {@code @db.*}, and the column comment as documentation.
 * Primary key columns are always required (SQLite allows NULL in non-rowid key columns; ZModel ids cannot be
 * optional). View fields are optional and carry only {@code @map} and {@code @db.*}.
 */
final class ScalarFields {
    private final NamingPreset preset;
    private final DefaultMapping defaults;
    private final Names names;

    ScalarFields(NamingPreset preset, DefaultMapping defaults, Names names) {
        this.preset = preset;
        this.defaults = defaults;
        this.names = names;
    }

    /**
     * @param table     the column's table, or null for a view column
     * @param name      the field name (the column name for a commented-out field)
     * @param keys      {@code @id}/{@code @unique} of the column
     * @param keyColumn whether the column belongs to the primary key
     * @param commentedOut the field is commented out (prisma preset): {@code @map} is always written
     */
    Field build(
            Table table, ColumnPlan plan, String name, List<Attribute> keys, boolean keyColumn, boolean commentedOut) {
        boolean view = table == null;
        // view columns are as the catalog reports them: PostgreSQL says nullable, MySQL follows the base column
        boolean optional = !plan.list() && plan.column().nullable() && !keyColumn;
        FieldType type = switch (plan.shape()) {
            case SCALAR -> FieldType.of(plan.scalar(), plan.list(), optional);
            case ENUM -> FieldType.of(names.decl(plan.enumKey()).name(), plan.list(), optional);
            case UNSUPPORTED ->
                new FieldType(
                        "Unsupported", Expr.StringLiteral.of(plan.unsupported()), plan.list(), optional, Span.NONE);
        };
        List<Attribute> attributes = new ArrayList<>();
        attributes.addAll(keys);
        // views have defaults too (PostgreSQL ALTER VIEW … SET DEFAULT, MySQL the base column's), as Prisma reads them
        DefaultValue value = plan.generated() ? DefaultValue.NONE : defaults.map(table, plan.column(), target(plan));
        if (!(value instanceof DefaultValue.None)) {
            attributes.add(Attributes.defaultValue(value));
        }
        if (!view) {
            if (preset.updatedAtHeuristic()
                    && "DateTime".equals(plan.scalar())
                    && !plan.list()
                    && isUpdatedAt(plan.column().name())) {
                attributes.add(Attributes.flag("@updatedAt"));
            }
        }
        if (!name.equals(plan.column().name()) || preset.alwaysMap() || commentedOut) {
            attributes.add(Attributes.map(plan.column().name(), false));
        }
        if (plan.nativeType() != null) {
            attributes.add(Attributes.nativeType(plan.nativeType()));
        }
        String comment = plan.column().comment();
        Trivia trivia = comment == null || comment.isBlank() ? Trivia.NONE : Trivia.docs(Notes.commentLines(comment));
        return new Field(name, type, Attributes.orderField(preset.layout(), attributes), trivia, Span.NONE);
    }

    private DefaultTarget target(ColumnPlan plan) {
        return switch (plan.shape()) {
            case SCALAR -> DefaultTarget.scalar(plan.scalar(), plan.list());
            case ENUM -> DefaultTarget.enumType(names.valueMap(plan.enumKey()), plan.list());
            case UNSUPPORTED -> DefaultTarget.unsupportedType();
        };
    }

    static boolean isUpdatedAt(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return c.equals("updatedat") || c.equals("updated_at");
    }
}
