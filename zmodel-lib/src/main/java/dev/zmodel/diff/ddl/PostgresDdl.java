package dev.zmodel.diff.ddl;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.diff.AddEnumValue;
import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.ColumnChange;
import dev.zmodel.diff.CreateEnum;
import dev.zmodel.diff.CreateExtension;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateSchema;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropEnum;
import dev.zmodel.diff.DropExtension;
import dev.zmodel.diff.DropForeignKey;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.DropSchema;
import dev.zmodel.diff.EnumUsage;
import dev.zmodel.diff.RecreateEnum;
import dev.zmodel.diff.RenameConstraint;
import dev.zmodel.diff.RenameIndex;
import dev.zmodel.diff.SetTableComment;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL DDL: {@code "x""y"} quoting, schema-qualified names, enum types, identity and serial columns. Names in
 * the {@code defaultSchema} (if one is given) are written unqualified, so the statements create them in whatever
 * schema the connection's {@code search_path} names first (Liquibase's {@code defaultSchemaName}).
 */
public final class PostgresDdl extends Ddl {
    private static final int MAX_IDENTIFIER =
            Dialect.of(Provider.POSTGRESQL).facts().identifierLimit();

    private final String defaultSchema;

    /** DDL that qualifies every name with its schema. */
    public PostgresDdl() {
        this(null);
    }

    /** DDL that writes names of {@code defaultSchema} unqualified (null: none). */
    public PostgresDdl(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public String table(QualifiedName name) {
        return unqualified(name.schema()) ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    @Override
    public String defaultSchema() {
        return defaultSchema;
    }

    private boolean unqualified(String schema) {
        return schema == null || schema.equals(defaultSchema);
    }

    /**
     * A column's collation: a built-in one by its name; one of a schema, which introspection reads qualified and
     * quoted ({@code "app"."nocase"}), qualified unless it is in the default schema.
     */
    private String collation(String collation) {
        if (!collation.startsWith("\"")) {
            return quote(collation);
        }
        StringBuilder schema = new StringBuilder();
        int end = quotedIdentifier(collation, 0, schema);
        if (end + 1 >= collation.length() || collation.charAt(end) != '.') {
            return collation;
        }
        StringBuilder name = new StringBuilder();
        quotedIdentifier(collation, end + 1, name);
        return table(new QualifiedName(schema.toString(), name.toString()));
    }

    /** Reads the {@code "…"} identifier at {@code start} (doubled quotes inside) into {@code out}; its end. */
    private static int quotedIdentifier(String text, int start, StringBuilder out) {
        int i = start + 1;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    out.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            out.append(ch);
            i++;
        }
        return i;
    }

    private String enumName(EnumType type) {
        return table(new QualifiedName(type.schema(), type.name()));
    }

    @Override
    public String type(ColumnType type, String tableSchema) {
        String base;
        int dims = type.arrayDimensions();
        if (type.domain() != null) {
            // a database's domain column (a baseline): the domain, which the baseline creates before the tables;
            // the dimensions of a domain over an array are the domain's
            base = table(type.domain().qualifiedName());
            dims -= type.domain().arrayDimensions();
        } else if (type.kind() == ColumnType.Kind.ENUM) {
            base = table(new QualifiedName(type.schema(), type.name()));
        } else if (type.kind() == ColumnType.Kind.USER_DEFINED) {
            base = unqualified(type.schema()) ? quote(type.name()) : quote(type.schema()) + "." + quote(type.name());
            if (type.length() != null) {
                base += "(" + type.length() + ")";
            }
        } else {
            base = builtin(type);
        }
        return base + "[]".repeat(dims);
    }

    private static String builtin(ColumnType type) {
        String name = switch (type.name()) {
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            case "bool" -> "boolean";
            // char without a length is char(1): the unbounded type is spelled bpchar
            case "bpchar" -> type.length() == null ? "bpchar" : "char";
            case "varbit" -> "bit varying";
            default -> type.name();
        };
        return switch (type.name()) {
            case "varchar", "bpchar", "bit", "varbit" ->
                type.length() == null ? name : name + "(" + type.length() + ")";
            case "numeric" ->
                type.precision() == null
                        ? name
                        : name + "(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
            case "time", "timetz", "timestamp", "timestamptz", "interval" ->
                type.precision() == null ? name : name + "(" + type.precision() + ")";
            default -> name;
        };
    }

    private String serial(ColumnType type) {
        return switch (type.name()) {
            case "int2" -> "smallserial";
            case "int8" -> "bigserial";
            default -> "serial";
        };
    }

    @Override
    public String columnDefinition(Column c, String tableSchema) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ');
        // a sequence column with a default draws from a sequence it does not own: the default, not a serial
        boolean serial = c.autoIncrement() == AutoIncrement.SEQUENCE
                && c.type().arrayDimensions() == 0
                && c.defaultValue() == null;
        b.append(serial ? serial(c.type()) : type(c.type(), tableSchema));
        if (c.collation() != null) {
            b.append(" COLLATE ").append(collation(c.collation()));
        }
        if (c.generated() != null) {
            b.append(" GENERATED ALWAYS AS (")
                    .append(c.generated().expression())
                    .append(") STORED");
        }
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (c.defaultValue() != null && !serial && c.generated() == null) {
            b.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.autoIncrement() == AutoIncrement.IDENTITY_ALWAYS) {
            b.append(" GENERATED ALWAYS AS IDENTITY");
        } else if (c.autoIncrement() == AutoIncrement.IDENTITY_BY_DEFAULT) {
            b.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- schemas and enums

    @Override
    public List<String> createSchema(CreateSchema change) {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + quote(change.name()));
    }

    @Override
    public List<String> dropSchema(DropSchema change) {
        return List.of("DROP SCHEMA " + quote(change.name()));
    }

    @Override
    public List<String> createExtension(CreateExtension change) {
        String schema = change.extension().schema();
        return List.of("CREATE EXTENSION IF NOT EXISTS "
                + quote(change.extension().name()) + (schema == null ? "" : " WITH SCHEMA " + quote(schema)));
    }

    @Override
    public List<String> dropExtension(DropExtension change) {
        return List.of("DROP EXTENSION IF EXISTS " + quote(change.extension().name()));
    }

    @Override
    public List<String> createEnum(CreateEnum change) {
        return List.of(createEnumStatement(change.type()));
    }

    private String createEnumStatement(EnumType type) {
        return "CREATE TYPE " + enumName(type) + " AS ENUM ("
                + type.values().stream().map(this::literal).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public List<String> dropEnum(DropEnum change) {
        return List.of("DROP TYPE " + enumName(change.type()));
    }

    @Override
    public List<String> addEnumValue(AddEnumValue change) {
        return List.of("ALTER TYPE " + enumName(change.type()) + " ADD VALUE " + literal(change.value())
                + (change.before() != null ? " BEFORE " + literal(change.before()) : ""));
    }

    @Override
    public List<String> recreateEnum(RecreateEnum change) {
        EnumType to = change.to();
        String oldName = to.name() + "_old";
        List<String> out = new ArrayList<>();
        out.add("ALTER TYPE " + enumName(change.from()) + " RENAME TO " + quote(oldName));
        out.add(createEnumStatement(to));
        for (EnumUsage u : change.usages()) {
            if (u.defaultBefore() != null) {
                out.add("ALTER TABLE " + table(u.table()) + " ALTER COLUMN " + quote(u.column()) + " DROP DEFAULT");
            }
        }
        for (EnumUsage u : change.usages()) {
            String dims = "[]".repeat(u.arrayDimensions());
            out.add("ALTER TABLE " + table(u.table()) + " ALTER COLUMN " + quote(u.column()) + " TYPE " + enumName(to)
                    + dims + " USING (" + quote(u.column()) + "::text" + dims + "::" + enumName(to) + dims + ")");
        }
        for (EnumUsage u : change.usages()) {
            if (u.defaultAfter() != null) {
                out.add("ALTER TABLE " + table(u.table()) + " ALTER COLUMN " + quote(u.column()) + " SET DEFAULT "
                        + u.defaultAfter());
            }
        }
        out.add("DROP TYPE " + table(new QualifiedName(to.schema(), oldName)));
        return out;
    }

    // ---------------------------------------------------------------- tables and columns

    @Override
    public List<String> createTable(CreateTable change) {
        Table t = change.table();
        List<String> items = new ArrayList<>();
        for (Column c : t.columns()) {
            items.add(columnDefinition(c, t.schema()));
        }
        if (t.primaryKey() != null) {
            items.add((t.primaryKey().name() != null
                            ? "CONSTRAINT " + quote(t.primaryKey().name()) + " "
                            : "") + "PRIMARY KEY (" + columns(t.primaryKey().columns()) + ")");
        }
        for (Index i : t.indexes()) {
            if (i.constraint()) {
                items.add(uniqueConstraint(i));
            }
        }
        t.checks().forEach(c -> items.add(checkClause(c.name(), c.expression())));
        t.exclusions().forEach(x -> items.add("CONSTRAINT " + quote(x.name()) + " " + x.definition()));
        t.foreignKeys().forEach(fk -> items.add(foreignKeyClause(fk, t.schema())));
        List<String> out = new ArrayList<>();
        // a partitioned table of an introspected database (the baseline) is created partitioned again
        out.add("CREATE TABLE " + table(t.qualifiedName()) + " (\n" + joinLines(items) + "\n)"
                + (t.traits().partitionBy() != null
                        ? " PARTITION BY " + t.traits().partitionBy()
                        : ""));
        if (t.comment() != null) {
            out.add("COMMENT ON TABLE " + table(t.qualifiedName()) + " IS " + literal(t.comment()));
        }
        for (Column c : t.columns()) {
            if (c.comment() != null) {
                out.add(columnComment(t.qualifiedName(), c.name(), c.comment()));
            }
        }
        for (Index i : t.indexes()) {
            if (!i.constraint()) {
                out.add(createIndexStatement(t.qualifiedName(), i));
            }
        }
        return out;
    }

    private String uniqueConstraint(Index i) {
        return "CONSTRAINT " + quote(i.name()) + " UNIQUE" + (i.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " ("
                + columns(i.columnNames()) + ")" + (i.deferrable() ? " DEFERRABLE" : "");
    }

    private String columnComment(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + table(table) + "." + quote(column) + " IS "
                + (comment == null ? "NULL" : literal(comment));
    }

    @Override
    public List<String> addColumn(dev.zmodel.diff.AddColumn change) {
        List<String> out = new ArrayList<>(super.addColumn(change));
        if (change.column().comment() != null) {
            out.add(columnComment(
                    change.table(), change.column().name(), change.column().comment()));
        }
        return out;
    }

    @Override
    public List<String> alterColumn(AlterColumn change) {
        Column from = change.from();
        Column to = change.to();
        String table = table(change.table());
        String column = "ALTER COLUMN " + quote(to.name());
        List<String> before = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean autoChanged = change.has(ColumnChange.AUTO_INCREMENT);
        if (change.has(ColumnChange.GENERATED)) {
            if (to.generated() != null) {
                throw unsupportedChange("Changing the expression of generated column `"
                        + change.table().name() + "." + to.name()
                        + "` is not supported by the diff; change it with a hand-written migration.");
            }
            clauses.add(column + " DROP EXPRESSION");
        }
        if (autoChanged && isIdentity(from.autoIncrement()) && !isIdentity(to.autoIncrement())) {
            clauses.add(column + " DROP IDENTITY");
        }
        String sequence = sequenceName(change.table(), to.name());
        if (autoChanged
                && from.autoIncrement() == AutoIncrement.SEQUENCE
                && to.autoIncrement() != AutoIncrement.SEQUENCE) {
            clauses.add(column + " DROP DEFAULT");
            after.add("DROP SEQUENCE IF EXISTS " + sequence);
        } else if (from.defaultValue() != null && (change.has(ColumnChange.DEFAULT) || change.has(ColumnChange.TYPE))) {
            clauses.add(column + " DROP DEFAULT");
        }
        if (change.has(ColumnChange.TYPE) || change.has(ColumnChange.COLLATION)) {
            String type = type(to.type(), change.table().schema());
            StringBuilder b =
                    new StringBuilder(column).append(" SET DATA TYPE ").append(type);
            if (to.collation() != null) {
                b.append(" COLLATE ").append(collation(to.collation()));
            }
            if (change.has(ColumnChange.TYPE)) {
                b.append(" USING ").append(cast(from, to, type));
            }
            clauses.add(b.toString());
        }
        if (to.defaultValue() != null
                && to.autoIncrement() != AutoIncrement.SEQUENCE
                && (change.has(ColumnChange.DEFAULT) || change.has(ColumnChange.TYPE))) {
            clauses.add(column + " SET DEFAULT " + to.defaultValue());
        }
        if (change.backfillsNulls()) { // the rows holding NULL get the default before the column becomes required
            after.add(
                    0,
                    "UPDATE " + table + " SET " + quote(to.name()) + " = " + to.defaultValue() + " WHERE "
                            + quote(to.name()) + " IS NULL");
            after.add(1, "ALTER TABLE " + table + " " + column + " SET NOT NULL");
        } else if (change.has(ColumnChange.NULLABILITY)) {
            clauses.add(column + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (autoChanged && isIdentity(to.autoIncrement())) {
            String generated = to.autoIncrement() == AutoIncrement.IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT";
            clauses.add(column
                    + (isIdentity(from.autoIncrement())
                            ? " SET GENERATED " + generated
                            : " ADD GENERATED " + generated + " AS IDENTITY"));
        }
        if (autoChanged
                && to.autoIncrement() == AutoIncrement.SEQUENCE
                && from.autoIncrement() != AutoIncrement.SEQUENCE) {
            before.add("CREATE SEQUENCE " + sequence + " AS " + builtin(to.type()));
            clauses.add(column + " SET DEFAULT nextval(" + literal(sequence) + "::regclass)");
            after.add("ALTER SEQUENCE " + sequence + " OWNED BY " + table + "." + quote(to.name()));
        }
        List<String> out = new ArrayList<>(before);
        if (!clauses.isEmpty()) {
            out.add("ALTER TABLE " + table + " " + String.join(",\n" + INDENT, clauses));
        }
        out.addAll(after);
        if (change.has(ColumnChange.COMMENT)) {
            out.add(columnComment(change.table(), to.name(), to.comment()));
        }
        return out;
    }

    /** {@code "col"::newtype}, through {@code text} when an enum is involved. */
    private String cast(Column from, Column to, String type) {
        String a = from.type().name();
        String b = to.type().name();
        if (from.type().arrayDimensions() == 0 && to.type().arrayDimensions() == 0) {
            // PostgreSQL has no cast from time to timestamp/date or from date to time: a time becomes that time on
            // 1970-01-01, a date becomes midnight.
            if ((a.equals("time") || a.equals("timetz"))
                    && (b.equals("timestamp") || b.equals("timestamptz") || b.equals("date"))) {
                return "(('1970-01-01'::date + " + quote(from.name()) + ")::" + type + ")";
            }
            if (a.equals("date") && (b.equals("time") || b.equals("timetz"))) {
                return "(" + quote(from.name()) + (b.equals("time") ? "::timestamp::" : "::timestamptz::") + type + ")";
            }
        }
        boolean viaText = from.type().isEnum() || to.type().isEnum();
        String dims = "[]".repeat(from.type().arrayDimensions());
        return "(" + quote(from.name()) + (viaText && !"text".equals(to.type().name()) ? "::text" + dims : "") + "::"
                + type + ")";
    }

    private static boolean isIdentity(AutoIncrement a) {
        return a == AutoIncrement.IDENTITY_ALWAYS || a == AutoIncrement.IDENTITY_BY_DEFAULT;
    }

    /** The sequence name PostgreSQL gives a serial column ({@code table_column_seq}, truncated like it does). */
    String sequenceName(QualifiedName table, String column) {
        String name = truncatedName(table.name(), column, "seq");
        return table(new QualifiedName(table.schema(), name));
    }

    /** PostgreSQL's {@code makeObjectName}: shortens the longer of the two names until the result fits. */
    static String truncatedName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int avail = MAX_IDENTIFIER - overhead;
        int la = name1.getBytes(StandardCharsets.UTF_8).length;
        int lb = name2 == null ? 0 : name2.getBytes(StandardCharsets.UTF_8).length;
        while (la + lb > avail) {
            if (la > lb) {
                la--;
            } else {
                lb--;
            }
        }
        return clip(name1, la) + (name2 == null ? "" : "_" + clip(name2, lb)) + "_" + label;
    }

    private static String clip(String text, int bytes) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        if (all.length <= bytes) {
            return text;
        }
        String s = new String(all, 0, bytes, StandardCharsets.UTF_8);
        while (s.getBytes(StandardCharsets.UTF_8).length > bytes || s.endsWith("\uFFFD")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Renames the table and the sequences of its serial columns, which PostgreSQL names after the table. */
    @Override
    public List<String> renameTable(dev.zmodel.diff.RenameTable change) {
        List<String> out = new ArrayList<>(super.renameTable(change));
        for (Column c : change.table().columns()) {
            if (c.autoIncrement() == AutoIncrement.SEQUENCE) {
                out.add("ALTER SEQUENCE IF EXISTS " + sequenceName(change.from(), c.name()) + " RENAME TO "
                        + quote(truncatedName(change.to(), c.name(), "seq")));
            }
        }
        return out;
    }

    /** Renames the column and, for a serial column, its sequence. */
    @Override
    public List<String> renameColumn(dev.zmodel.diff.RenameColumn change) {
        List<String> out = new ArrayList<>(super.renameColumn(change));
        if (change.column().autoIncrement() == AutoIncrement.SEQUENCE) {
            out.add("ALTER SEQUENCE IF EXISTS " + sequenceName(change.table(), change.from()) + " RENAME TO "
                    + quote(truncatedName(change.table().name(), change.to(), "seq")));
        }
        return out;
    }

    // ---------------------------------------------------------------- keys, indexes, foreign keys, comments

    @Override
    public List<String> addPrimaryKey(AddPrimaryKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD "
                + (change.key().name() != null
                        ? "CONSTRAINT " + quote(change.key().name()) + " "
                        : "")
                + "PRIMARY KEY (" + columns(change.key().columns()) + ")");
    }

    @Override
    public List<String> dropPrimaryKey(DropPrimaryKey change) {
        String name = change.key().name() != null
                ? change.key().name()
                : truncatedName(change.table().name(), null, "pkey");
        return List.of("ALTER TABLE " + table(change.table()) + " DROP CONSTRAINT " + quote(name));
    }

    @Override
    public List<String> createIndex(CreateIndex change) {
        if (change.index().constraint()) {
            return List.of("ALTER TABLE " + table(change.table()) + " ADD " + uniqueConstraint(change.index()));
        }
        return List.of(createIndexStatement(change.table(), change.index()));
    }

    @Override
    protected String createIndexStatement(QualifiedName table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + table(table)
                + (index.method() != null && !index.method().equalsIgnoreCase("btree")
                        ? " USING " + index.method()
                        : "")
                + " (" + indexParts(index) + ")" + (index.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                + (index.predicate() != null ? " WHERE " + index.predicate() : "");
    }

    @Override
    public List<String> dropIndex(DropIndex change) {
        if (change.index().constraint()) {
            return List.of("ALTER TABLE " + table(change.table()) + " DROP CONSTRAINT "
                    + quote(change.index().name()));
        }
        return List.of("DROP INDEX "
                + table(new QualifiedName(
                        change.table().schema(), change.index().name())));
    }

    @Override
    public List<String> renameIndex(RenameIndex change) {
        return List.of("ALTER INDEX "
                + table(new QualifiedName(
                        change.table().schema(), change.index().name())) + " RENAME TO " + quote(change.to()));
    }

    @Override
    public List<String> addForeignKey(AddForeignKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD "
                + foreignKeyClause(change.foreignKey(), change.table().schema()));
    }

    @Override
    public List<String> dropForeignKey(DropForeignKey change) {
        return List.of("ALTER TABLE " + table(change.table()) + " DROP CONSTRAINT "
                + quote(change.foreignKey().name()));
    }

    @Override
    public List<String> renameConstraint(RenameConstraint change) {
        return List.of("ALTER TABLE " + table(change.table()) + " RENAME CONSTRAINT " + quote(change.from()) + " TO "
                + quote(change.to()));
    }

    @Override
    public List<String> setTableComment(SetTableComment change) {
        return List.of("COMMENT ON TABLE " + table(change.table()) + " IS "
                + (change.to() == null ? "NULL" : literal(change.to())));
    }
}
