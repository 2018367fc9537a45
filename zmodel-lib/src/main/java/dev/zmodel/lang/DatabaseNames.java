package dev.zmodel.lang;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Member;

import java.util.List;
import java.util.Optional;

/**
 * The one reader of the database names a schema gives its declarations: {@code @@map} of a model or enum,
 * {@code @map} of a field or enum value, {@code @@schema} of a model or enum. The argument counts alike whether
 * it is written positionally or by the name the standard library declares: {@code @@map("users")} and
 * {@code @@map(name: "users")}, {@code @map("x")} and {@code @map(name: "x")}, {@code @@schema("x")} and
 * {@code @@schema(map: "x")}.
 *
 * <p>Only the declaration's own attributes are read; what a model inherits from mixins and its delegate base is
 * the caller's to collect ({@link #mapName(Attribute)} and {@link #schemaName(Attribute)} read one attribute).
 * Plain loops without streams: the {@code db pull} merge calls these for every field of every model.
 */
public final class DatabaseNames {
    /** The parameter of {@code @map} and {@code @@map}: {@code attribute @map(_ name: String)}. */
    static final String MAP_PARAMETER = "name";
    /** The parameter of {@code @@schema}: {@code attribute @@schema(_ map: String)}. */
    static final String SCHEMA_PARAMETER = "map";

    private DatabaseNames() {}

    /** The table or view of a model: its {@code @@map}, else the model name. */
    public static String table(DataModel model) {
        return orElse(string(blockAttribute(model.members(), "@@map"), MAP_PARAMETER), model.name());
    }

    /** The column of a field: its {@code @map}, else the field name. */
    public static String column(Field field) {
        return orElse(string(attribute(field.attributes(), "@map"), MAP_PARAMETER), field.name());
    }

    /** The enum type: its {@code @@map}, else the enum name. */
    public static String enumName(EnumDecl decl) {
        return orElse(string(blockAttribute(decl.members(), "@@map"), MAP_PARAMETER), decl.name());
    }

    /** The database value of an enum value: its {@code @map}, else its name. */
    public static String enumValue(EnumValue value) {
        return orElse(string(attribute(value.attributes(), "@map"), MAP_PARAMETER), value.name());
    }

    /** The {@code @@schema} of a model; empty without one (the datasource's default schema). */
    public static Optional<String> schema(DataModel model) {
        return Optional.ofNullable(string(blockAttribute(model.members(), "@@schema"), SCHEMA_PARAMETER));
    }

    /** The {@code @@schema} of an enum; empty without one. */
    public static Optional<String> schema(EnumDecl decl) {
        return Optional.ofNullable(string(blockAttribute(decl.members(), "@@schema"), SCHEMA_PARAMETER));
    }

    /** The name a {@code @map} or {@code @@map} attribute gives; empty when it gives no string. */
    public static Optional<String> mapName(Attribute map) {
        return Optional.ofNullable(string(map, MAP_PARAMETER));
    }

    /** The schema a {@code @@schema} attribute names; empty when it names no string. */
    public static Optional<String> schemaName(Attribute schema) {
        return Optional.ofNullable(string(schema, SCHEMA_PARAMETER));
    }

    private static Attribute attribute(List<Attribute> attributes, String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    private static Attribute blockAttribute(List<Member> members, String name) {
        for (Member m : members) {
            if (m instanceof BlockAttribute b && b.attribute().name().equals(name)) {
                return b.attribute();
            }
        }
        return null;
    }

    /** The string given by name {@code parameter}, else by the first positional argument; null when neither. */
    private static String string(Attribute attribute, String parameter) {
        if (attribute == null) {
            return null;
        }
        Expr positional = null;
        for (Argument a : attribute.args()) {
            if (parameter.equals(a.name())) {
                return a.value() instanceof Expr.StringLiteral s ? s.value() : null;
            }
            if (a.isPositional() && positional == null) {
                positional = a.value();
            }
        }
        return positional instanceof Expr.StringLiteral s ? s.value() : null;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
