package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.dialect.NativeType;
import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ResolvedType;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One scalar field → one column: name ({@code @map}), type (scalar + {@code @db.*}, enum, {@code Unsupported},
 * typed JSON), nullability (optional fields and PostgreSQL lists are nullable, as Prisma creates them) and the
 * database default of {@code @default}. Client-side defaults ({@code uuid()}, {@code cuid()}, {@code nanoid()},
 * {@code ulid()}, {@code auth()}) and {@code @updatedAt} have no database default.
 */
final class ColumnBuilder {
    private static final Set<String> CLIENT_SIDE = Set.of("uuid", "cuid", "nanoid", "ulid", "auth");

    private final ModelContext ctx;

    ColumnBuilder(ModelContext ctx) {
        this.ctx = ctx;
    }

    /** The column of a scalar field; null for relation fields. */
    Column column(DataModel model, Field field) {
        ResolvedType resolved = ctx.resolve(field);
        String where = ctx.where(model, field);
        GeneratedText generated = resolved.kind() == ResolvedType.Kind.UNSUPPORTED
                ? GeneratedText.of(field.type().unsupported().value())
                : null;
        ColumnType type = switch (resolved.kind()) {
            case MODEL -> null;
            case BUILTIN -> ctx.types.scalar(resolved.name(), nativeType(field, where), where);
            case TYPE -> ctx.types.scalar("Json", nativeType(field, where), where);
            case ENUM -> enumeration(ctx.enumMapping(resolved.name()));
            case UNSUPPORTED ->
                ctx.types.unsupported(
                        generated != null
                                ? generated.type()
                                : field.type().unsupported().value(),
                        where);
            case UNKNOWN ->
                throw new ZModelException(
                        where + ": unknown type '" + field.type().name() + "'.");
        };
        if (type == null) {
            return null;
        }
        boolean list = field.type().list();
        if (list) {
            if (!ctx.facts.scalarLists()) {
                throw new ZModelException(where + ": lists of scalars are only supported on PostgreSQL.");
            }
            type = type.withArrayDimensions(1).withRaw(type.raw() + "[]");
        }
        Column column =
                Column.of(DatabaseNames.column(field), type, field.type().optional() || list);
        if (generated != null) {
            return column.withGenerated(generated.generated());
        }
        if (ctx.inheritedFromBase(model, field)) {
            return column; // the concrete table's copy of the base id: no default, no sequence
        }
        Attribute dflt = field.attribute("@default").orElse(null);
        if (dflt == null) {
            return column;
        }
        Expr value = dflt.positional(0).orElse(null);
        if (value == null) {
            return column;
        }
        return withDefault(column, resolved, value, list, where);
    }

    private ColumnType enumeration(EnumMapping mapping) {
        return ctx.types.enumeration(mapping.schema(), mapping.name(), mapping.values());
    }

    private static NativeType nativeType(Field field, String where) {
        return field.attributes().stream()
                .filter(a -> a.name().startsWith("@db."))
                .findFirst()
                .map(a -> nativeType(a, where))
                .orElse(null);
    }

    /** A {@code @db.*} attribute with whole-number arguments ({@code @db.VarChar(255)}). */
    private static NativeType nativeType(Attribute attribute, String where) {
        List<Integer> args = new ArrayList<>();
        for (Argument a : attribute.args()) {
            if (a.value() instanceof Expr.NumberLiteral n && n.text().matches("\\d+")) {
                args.add(Integer.parseInt(n.text()));
            } else {
                throw new ZModelException(where + ": the arguments of " + attribute.name()
                        + " must be whole numbers, e.g. " + attribute.name() + "(255).");
            }
        }
        return new NativeType(attribute.name().substring("@db.".length()), args);
    }

    private Column withDefault(Column column, ResolvedType resolved, Expr value, boolean list, String where) {
        ColumnType type = column.type();
        if (value instanceof Expr.Invocation call) {
            switch (call.name()) {
                case "autoincrement" -> {
                    return column.withAutoIncrement(ctx.defaults.autoIncrement());
                }
                case "now" -> {
                    return column.withDefault(ctx.defaults.now(type, where));
                }
                case "dbgenerated" -> {
                    String expression = call.args().isEmpty()
                            ? null
                            : call.args()
                                    .get(0)
                                    .value()
                                    .asString()
                                    .orElseThrow(() -> new ZModelException(where + ": dbgenerated(…) takes a string."));
                    if (expression == null || expression.isBlank()) {
                        ctx.warn(where + ": @default(dbgenerated()) has no expression, so the database default is "
                                + "not managed: a diff removes a default the column has. Write the expression, e.g. "
                                + "dbgenerated(\"gen_random_uuid()\").");
                        return column;
                    }
                    return column.withDefault(expression);
                }
                default -> {
                    if (CLIENT_SIDE.contains(call.name())) {
                        return column;
                    }
                    throw new ZModelException(where + ": @default(" + call.name() + "()) has no database form.");
                }
            }
        }
        if (value instanceof Expr.MemberAccess || value instanceof Expr.NullLiteral) {
            return column; // auth().id: set by the client
        }
        if (value instanceof Expr.Array array) {
            if (!list) {
                throw new ZModelException(where + ": a list default on a field that is not a list.");
            }
            List<DefaultLiteral> items = new ArrayList<>();
            for (Expr item : array.items()) {
                items.add(literal(item, resolved, where));
            }
            return column.withDefault(ctx.defaults.list(items, type, where));
        }
        DefaultLiteral literal = literal(value, resolved, where);
        if (list) {
            return column.withDefault(ctx.defaults.list(List.of(literal), type, where));
        }
        String sql = ctx.defaults.literal(literal, type, where);
        if (sql == null) {
            ctx.warn(where + ": the default " + literal.text() + " cannot be written for a " + type.raw()
                    + " column on " + ctx.provider + "; the column is created without a default.");
            return column;
        }
        return column.withDefault(sql);
    }

    private DefaultLiteral literal(Expr value, ResolvedType resolved, String where) {
        if (value instanceof Expr.StringLiteral s) {
            return new DefaultLiteral(DefaultLiteral.Kind.STRING, s.value());
        }
        if (value instanceof Expr.NumberLiteral n) {
            return new DefaultLiteral(DefaultLiteral.Kind.NUMBER, n.text());
        }
        if (value instanceof Expr.BooleanLiteral b) {
            return new DefaultLiteral(DefaultLiteral.Kind.BOOLEAN, String.valueOf(b.value()));
        }
        if (value instanceof Expr.Reference r && resolved.kind() == ResolvedType.Kind.ENUM) {
            return new DefaultLiteral(DefaultLiteral.Kind.ENUM_VALUE, ctx.enumValue(resolved.name(), r.name()));
        }
        throw new ZModelException(where + ": this @default value has no database form.");
    }

    /** SQLite: a single-column {@code INTEGER} primary key is an alias of the rowid. */
    static Column rowidAlias(Column column) {
        if (!column.type().raw().strip().equalsIgnoreCase("INTEGER")) {
            return column;
        }
        return column.autoIncrement() == AutoIncrement.ROWID_AUTOINCREMENT
                ? column
                : column.withAutoIncrement(AutoIncrement.ROWID);
    }
}
