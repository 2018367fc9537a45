package dev.zmodel.pull.generate;

import dev.zmodel.dialect.JsonbText;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.FieldType;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.pull.defaults.DefaultMapping;
import dev.zmodel.pull.defaults.DefaultTarget;
import dev.zmodel.pull.defaults.DefaultValue;
import dev.zmodel.pull.naming.NamingPreset;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;
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
    private final Warnings warnings;
    private final ObjectLabels labels;

    ScalarFields(NamingPreset preset, DefaultMapping defaults, Names names, Warnings warnings, ObjectLabels labels) {
        this.preset = preset;
        this.defaults = defaults;
        this.names = names;
        this.warnings = warnings;
        this.labels = labels;
    }

    /**
     * @param table     the column's table, or null for a view column
     * @param name      the field name (the column name for a commented-out field)
     * @param keys      {@code @id}/{@code @unique} of the column
     * @param keyColumn whether the column belongs to the primary key
     * @param commentedOut the field is commented out (prisma preset): {@code @map} is always written
     * @param owner     the table or view (for warnings)
     * @param notes     the notes of the model or view
     */
    Field build(
            Table table,
            ColumnPlan plan,
            String name,
            List<Attribute> keys,
            boolean keyColumn,
            boolean commentedOut,
            QualifiedName owner,
            Notes notes) {
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
        if (isJson(plan) && !statesJson(value)) {
            value = leftToDatabase(plan.column(), owner, notes);
        }
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

    private static boolean isJson(ColumnPlan plan) {
        return plan.shape() == ColumnPlan.Shape.SCALAR && "Json".equals(plan.scalar());
    }

    /** ZenStack accepts only JSON strings (a list of them on a list field) as the default of a Json field. */
    private static boolean statesJson(DefaultValue value) {
        if (!(value instanceof DefaultValue.Literal l)) {
            return value instanceof DefaultValue.None;
        }
        return l.value() instanceof Expr.Array a
                ? a.items().stream().allMatch(ScalarFields::isJsonString)
                : isJsonString(l.value());
    }

    private static boolean isJsonString(Expr e) {
        return e instanceof Expr.StringLiteral s && JsonbText.isJson(s.value());
    }

    /** A default ZModel cannot state on a Json field: no {@code @default}, a note and a warning; the database keeps it. */
    private DefaultValue leftToDatabase(Column column, QualifiedName owner, Notes notes) {
        notes.add(Notes.Kind.JSON_DEFAULT, column.name() + ": DEFAULT " + column.defaultValue());
        warnings.add(
                PullWarning.Kind.JSON_DEFAULT,
                labels.of(owner, column.name()),
                "The Json column's default " + column.defaultValue() + " is not a JSON string, and ZenStack accepts "
                        + "nothing else as the default of a Json field: the field has no @default, the database "
                        + "keeps the default.");
        return DefaultValue.NONE;
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
