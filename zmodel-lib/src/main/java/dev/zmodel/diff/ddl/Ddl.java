package dev.zmodel.diff.ddl;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.diff.AddColumn;
import dev.zmodel.diff.AddEnumValue;
import dev.zmodel.diff.AddForeignKey;
import dev.zmodel.diff.AddPrimaryKey;
import dev.zmodel.diff.AlterColumn;
import dev.zmodel.diff.CreateEnum;
import dev.zmodel.diff.CreateExtension;
import dev.zmodel.diff.CreateIndex;
import dev.zmodel.diff.CreateSchema;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.DropColumn;
import dev.zmodel.diff.DropEnum;
import dev.zmodel.diff.DropExtension;
import dev.zmodel.diff.DropForeignKey;
import dev.zmodel.diff.DropIndex;
import dev.zmodel.diff.DropPrimaryKey;
import dev.zmodel.diff.DropSchema;
import dev.zmodel.diff.DropTable;
import dev.zmodel.diff.RebuildTable;
import dev.zmodel.diff.RecreateEnum;
import dev.zmodel.diff.RenameColumn;
import dev.zmodel.diff.RenameConstraint;
import dev.zmodel.diff.RenameIndex;
import dev.zmodel.diff.RenameTable;
import dev.zmodel.diff.ReplaceJoinTable;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SetTableComment;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of each {@link SchemaChange} for one dialect: exact native types, every identifier quoted, defaults
 * as the raw expressions of the relational model. This is the ground truth for what a change does; the
 * Liquibase renderer uses it wherever Liquibase has no change class or its change class would alter types or
 * defaults, and {@code db push}-style callers run it directly.
 *
 * <p>{@link #statements(SchemaChange)} returns one SQL statement per element, without a trailing semicolon.
 * A change a dialect cannot express (e.g. an enum type on MySQL) throws an {@link IllegalStateException}: the
 * diff never produces it for that dialect.
 */
public abstract class Ddl implements SchemaChange.Visitor<List<String>> {
    protected static final String INDENT = "    ";

    /** The one place that picks the dialect. */
    public static Ddl forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDdl();
            case MYSQL -> new MySqlDdl();
            case SQLITE -> new SqliteDdl();
        };
    }

    /**
     * The DDL of a dialect that writes the names of {@code defaultSchema} unqualified (PostgreSQL; the other dialects
     * never qualify): statements that create their objects wherever the connection's current schema is.
     */
    public static Ddl forProvider(Provider provider, String defaultSchema) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDdl(defaultSchema);
            case MYSQL -> new MySqlDdl();
            case SQLITE -> new SqliteDdl();
        };
    }

    public abstract Provider provider();

    /** The schema whose names are written unqualified; null when every name is qualified (or none can be). */
    public String defaultSchema() {
        return null;
    }

    /** Quotes an identifier exactly as written ({@link Dialect#quote}). */
    public final String quote(String identifier) {
        return Dialect.of(provider()).quote(identifier);
    }

    /** A string literal. */
    public String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The (schema-qualified where schemas apply) quoted table name. */
    public String table(QualifiedName name) {
        return quote(name.name());
    }

    /** The native type as the database spells it in DDL ({@code varchar(255)}, {@code "public"."Role"[]}). */
    public abstract String type(ColumnType type, String tableSchema);

    /** A column definition for CREATE TABLE / ADD COLUMN. */
    public abstract String columnDefinition(Column column, String tableSchema);

    public List<String> statements(SchemaChange change) {
        return change.accept(this);
    }

    /** All statements of a list of changes, in order. */
    public List<String> statements(List<? extends SchemaChange> changes) {
        List<String> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            out.addAll(statements(c));
        }
        return out;
    }

    /** The statements that create {@code schema} in an empty database ({@code diff(empty, schema)}). */
    public List<String> create(dev.zmodel.schema.DatabaseSchema schema) {
        return statements(dev.zmodel.diff.SchemaDiff.diff(dev.zmodel.schema.DatabaseSchema.empty(provider()), schema)
                .changes());
    }

    /** A script: each statement terminated by {@code ;} and a blank line. */
    public String script(List<? extends SchemaChange> changes) {
        return statements(changes).stream().map(s -> s + ";\n").collect(Collectors.joining("\n"));
    }

    // ---------------------------------------------------------------- shared pieces

    protected String columns(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    protected String indexPart(IndexColumn part) {
        StringBuilder b = new StringBuilder(part.isExpression() ? "(" + part.expression() + ")" : quote(part.column()));
        if (part.length() != null) {
            b.append('(').append(part.length()).append(')');
        }
        if (part.operatorClass() != null) {
            b.append(' ').append(part.operatorClass());
        }
        if (part.order() == SortOrder.DESC) {
            b.append(" DESC");
        }
        switch (part.nulls()) {
            case FIRST -> b.append(" NULLS FIRST");
            case LAST -> b.append(" NULLS LAST");
            default -> {}
        }
        return b.toString();
    }

    protected String indexParts(Index index) {
        return index.columns().stream().map(this::indexPart).collect(Collectors.joining(", "));
    }

    /** {@code CREATE [UNIQUE] INDEX "n" ON t ("a" DESC) [WHERE p]}. */
    protected String createIndexStatement(QualifiedName table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + table(table)
                + " (" + indexParts(index) + ")" + (index.predicate() != null ? " WHERE " + index.predicate() : "");
    }

    protected String referentialActions(ForeignKey fk) {
        return " ON DELETE " + fk.onDelete().sql() + " ON UPDATE "
                + fk.onUpdate().sql();
    }

    /** {@code FOREIGN KEY ("a") REFERENCES t ("id") ON DELETE … ON UPDATE …}, optionally named. */
    protected String foreignKeyClause(ForeignKey fk, String tableSchema) {
        String referenced = table(new QualifiedName(
                fk.referencedSchema() != null ? fk.referencedSchema() : tableSchema, fk.referencedTable()));
        return (fk.name() != null ? "CONSTRAINT " + quote(fk.name()) + " " : "")
                + "FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES " + referenced + " ("
                + columns(fk.referencedColumns()) + ")" + (fk.matchFull() ? " MATCH FULL" : "") + referentialActions(fk)
                + (fk.deferrable() ? " DEFERRABLE" + (fk.initiallyDeferred() ? " INITIALLY DEFERRED" : "") : "");
    }

    /** A check constraint's clause; the expression may or may not already start with {@code CHECK}. */
    protected String checkClause(String name, String expression) {
        String e = expression.trim();
        String body = e.regionMatches(true, 0, "CHECK", 0, 5) ? e : "CHECK (" + e + ")";
        return (name != null ? "CONSTRAINT " + quote(name) + " " : "") + body;
    }

    protected static String joinLines(List<String> items) {
        return items.stream().map(i -> INDENT + i).collect(Collectors.joining(",\n"));
    }

    protected IllegalStateException unsupported(SchemaChange change) {
        return new IllegalStateException(
                provider() + " has no SQL for " + change.getClass().getSimpleName()
                        + "; the diff does not produce it for this database (" + change.summary() + ")");
    }

    protected static ZModelException unsupportedChange(String what) {
        return new ZModelException(what);
    }

    // ---------------------------------------------------------------- defaults: dialects override what they support

    @Override
    public List<String> createSchema(CreateSchema change) {
        throw unsupported(change);
    }

    @Override
    public List<String> dropSchema(DropSchema change) {
        throw unsupported(change);
    }

    @Override
    public List<String> createExtension(CreateExtension change) {
        throw unsupported(change);
    }

    @Override
    public List<String> dropExtension(DropExtension change) {
        throw unsupported(change);
    }

    @Override
    public List<String> createEnum(CreateEnum change) {
        throw unsupported(change);
    }

    @Override
    public List<String> dropEnum(DropEnum change) {
        throw unsupported(change);
    }

    @Override
    public List<String> addEnumValue(AddEnumValue change) {
        throw unsupported(change);
    }

    @Override
    public List<String> recreateEnum(RecreateEnum change) {
        throw unsupported(change);
    }

    @Override
    public List<String> dropTable(DropTable change) {
        return List.of("DROP TABLE " + table(change.table().qualifiedName()));
    }

    @Override
    public List<String> renameTable(RenameTable change) {
        return List.of("ALTER TABLE " + table(change.from()) + " RENAME TO " + quote(change.to()));
    }

    /**
     * Create the new join table, copy the links with A and B exchanged, drop the old one. A join table that keeps its
     * name (a relation name) is first copied aside, so that the new one can take its name, keys and indexes.
     */
    @Override
    public List<String> replaceJoinTable(ReplaceJoinTable change) {
        QualifiedName from = change.from().qualifiedName();
        QualifiedName to = change.to().qualifiedName();
        List<String> out = new ArrayList<>();
        String swapped = columns(List.of("B", "A"));
        if (from.equals(to)) {
            QualifiedName copy = new QualifiedName(from.schema(), from.name() + "_zmodel_copy");
            out.add("CREATE TABLE " + table(copy) + " AS SELECT " + quote("B") + " AS " + quote("A") + ", " + quote("A")
                    + " AS " + quote("B") + " FROM " + table(from));
            out.addAll(statements(new DropTable(change.from())));
            out.addAll(statements(new CreateTable(change.to())));
            out.add("INSERT INTO " + table(to) + " (" + columns(List.of("A", "B")) + ") SELECT "
                    + columns(List.of("A", "B")) + " FROM " + table(copy));
            out.add("DROP TABLE " + table(copy));
            return out;
        }
        out.addAll(statements(new CreateTable(change.to())));
        out.add("INSERT INTO " + table(to) + " (" + columns(List.of("A", "B")) + ") SELECT " + swapped + " FROM "
                + table(from));
        out.addAll(statements(new DropTable(change.from())));
        return out;
    }

    @Override
    public List<String> addColumn(AddColumn change) {
        return List.of("ALTER TABLE " + table(change.table()) + " ADD COLUMN "
                + columnDefinition(change.column(), change.table().schema()));
    }

    @Override
    public List<String> dropColumn(DropColumn change) {
        return List.of("ALTER TABLE " + table(change.table()) + " DROP COLUMN "
                + quote(change.column().name()));
    }

    @Override
    public List<String> renameColumn(RenameColumn change) {
        return List.of("ALTER TABLE " + table(change.table()) + " RENAME COLUMN " + quote(change.from()) + " TO "
                + quote(change.to()));
    }

    @Override
    public List<String> alterColumn(AlterColumn change) {
        throw unsupported(change);
    }

    @Override
    public List<String> addPrimaryKey(AddPrimaryKey change) {
        throw unsupported(change);
    }

    @Override
    public List<String> dropPrimaryKey(DropPrimaryKey change) {
        throw unsupported(change);
    }

    @Override
    public List<String> createIndex(CreateIndex change) {
        return List.of(createIndexStatement(change.table(), change.index()));
    }

    @Override
    public List<String> renameIndex(RenameIndex change) {
        throw unsupported(change);
    }

    @Override
    public List<String> addForeignKey(AddForeignKey change) {
        throw unsupported(change);
    }

    @Override
    public List<String> dropForeignKey(DropForeignKey change) {
        throw unsupported(change);
    }

    @Override
    public List<String> renameConstraint(RenameConstraint change) {
        throw unsupported(change);
    }

    @Override
    public List<String> setTableComment(SetTableComment change) {
        throw unsupported(change);
    }

    @Override
    public List<String> rebuildTable(RebuildTable change) {
        throw unsupported(change);
    }

    @Override
    public abstract List<String> createTable(CreateTable change);

    @Override
    public abstract List<String> dropIndex(DropIndex change);
}
