package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.TableTraits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds relational models for diff tests in each dialect's canonical form (the relational-model contract of
 * docs/architecture.md): PostgreSQL {@code int4}/{@code timestamp(3)}/serial, MySQL {@code int}/
 * {@code datetime(3)}/AUTO_INCREMENT, SQLite {@code integer}/{@code datetime}/rowid.
 */
public final class Fixtures {
    public final Provider provider;

    public Fixtures(Provider provider) {
        this.provider = provider;
    }

    public static Fixtures of(Provider provider) {
        return new Fixtures(provider);
    }

    public String schema() {
        return provider == Provider.POSTGRESQL ? "public" : null;
    }

    // ---------------------------------------------------------------- types

    public ColumnType intType() {
        return ColumnType.of(
                switch (provider) {
                    case POSTGRESQL -> "int4";
                    case MYSQL -> "int";
                    case SQLITE -> "integer";
                });
    }

    public ColumnType bigint() {
        return ColumnType.of(
                switch (provider) {
                    case POSTGRESQL -> "int8";
                    case MYSQL -> "bigint";
                    case SQLITE -> "bigint";
                });
    }

    public ColumnType text() {
        return switch (provider) {
            case POSTGRESQL -> ColumnType.of("text");
            case MYSQL -> ColumnType.withLength("varchar", 191);
            case SQLITE -> ColumnType.of("text");
        };
    }

    public ColumnType varchar(int length) {
        return ColumnType.withLength("varchar", length);
    }

    public ColumnType timestamp() {
        return switch (provider) {
            case POSTGRESQL ->
                new ColumnType(
                        ColumnType.Kind.BUILTIN,
                        null,
                        "timestamp",
                        null,
                        3,
                        null,
                        0,
                        false,
                        List.of(),
                        "timestamp(3) without time zone");
            case MYSQL ->
                new ColumnType(
                        ColumnType.Kind.BUILTIN, null, "datetime", null, 3, null, 0, false, List.of(), "datetime(3)");
            case SQLITE -> ColumnType.of("datetime");
        };
    }

    public ColumnType bool() {
        return switch (provider) {
            case POSTGRESQL -> ColumnType.of("bool");
            case MYSQL ->
                new ColumnType(
                        ColumnType.Kind.BUILTIN, null, "tinyint", 1, null, null, 0, false, List.of(), "tinyint(1)");
            case SQLITE -> ColumnType.of("boolean");
        };
    }

    public ColumnType decimal(int precision, int scale) {
        return ColumnType.numeric(provider == Provider.POSTGRESQL ? "numeric" : "decimal", precision, scale);
    }

    public String now() {
        return switch (provider) {
            case POSTGRESQL -> "CURRENT_TIMESTAMP";
            case MYSQL -> "current_timestamp(3)";
            case SQLITE -> "CURRENT_TIMESTAMP";
        };
    }

    /** A string literal default of a {@code text} column as the catalog prints it ({@code 'x'::text} on PostgreSQL). */
    public String stringDefault(String value) {
        return provider == Provider.POSTGRESQL ? "'" + value + "'::text" : "'" + value + "'";
    }

    /** A string literal default of a {@code varchar} column ({@code 'x'::character varying} on PostgreSQL). */
    public String varcharDefault(String value) {
        return provider == Provider.POSTGRESQL ? "'" + value + "'::character varying" : "'" + value + "'";
    }

    public ColumnType enumType(String name, String... values) {
        return provider == Provider.MYSQL
                ? new ColumnType(
                        ColumnType.Kind.ENUM,
                        null,
                        "enum",
                        null,
                        null,
                        null,
                        0,
                        false,
                        Arrays.asList(values),
                        "enum(...)")
                : ColumnType.enumType("public", name);
    }

    public EnumType enumDecl(String name, String... values) {
        return new EnumType("public", name, List.of(values), null);
    }

    // ---------------------------------------------------------------- columns and tables

    public Column id() {
        return Column.of("id", intType(), false)
                .withAutoIncrement(
                        switch (provider) {
                            case POSTGRESQL -> AutoIncrement.SEQUENCE;
                            case MYSQL -> AutoIncrement.AUTO_INCREMENT;
                            case SQLITE -> AutoIncrement.ROWID_AUTOINCREMENT;
                        });
    }

    public static Column col(String name, ColumnType type) {
        return Column.of(name, type, false);
    }

    public static Column nullable(String name, ColumnType type) {
        return Column.of(name, type, true);
    }

    public PrimaryKey pk(String table, String... columns) {
        return new PrimaryKey(
                switch (provider) {
                    case POSTGRESQL -> table + "_pkey";
                    case MYSQL -> "PRIMARY";
                    case SQLITE -> null;
                },
                List.of(columns));
    }

    public TableBuilder table(String name) {
        return new TableBuilder(this, name);
    }

    public static Index index(String name, String... columns) {
        return Index.of(name, false, List.of(columns));
    }

    public static Index unique(String name, String... columns) {
        return Index.of(name, true, List.of(columns));
    }

    public ForeignKey fk(
            String name,
            String column,
            String table,
            String referenced,
            ReferentialAction onDelete,
            ReferentialAction onUpdate) {
        return new ForeignKey(
                provider == Provider.SQLITE ? null : name,
                List.of(column),
                provider == Provider.POSTGRESQL ? "public" : null,
                table,
                List.of(referenced),
                onDelete,
                onUpdate,
                false,
                false);
    }

    public DatabaseSchema schema(Table... tables) {
        return new DatabaseSchema(
                provider,
                null,
                provider == Provider.POSTGRESQL ? List.of("public") : List.of(),
                List.of(tables),
                List.of(),
                List.of());
    }

    public DatabaseSchema schema(List<EnumType> enums, Table... tables) {
        return new DatabaseSchema(
                provider,
                null,
                provider == Provider.POSTGRESQL ? List.of("public") : List.of(),
                List.of(tables),
                List.of(),
                enums);
    }

    public DatabaseSchema empty() {
        return DatabaseSchema.empty(provider);
    }

    /** A small fluent builder of {@link Table}s. */
    public static final class TableBuilder {
        private final Fixtures f;
        private final String name;
        private String schema;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey pk;
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> fks = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String comment;

        TableBuilder(Fixtures f, String name) {
            this.f = f;
            this.name = name;
            this.schema = f.schema();
        }

        public TableBuilder inSchema(String value) {
            schema = value;
            return this;
        }

        public TableBuilder id() {
            columns.add(f.id());
            pk = f.pk(name, "id");
            return this;
        }

        public TableBuilder column(Column c) {
            columns.add(c);
            return this;
        }

        public TableBuilder pk(String... names) {
            pk = f.pk(name, names);
            return this;
        }

        public TableBuilder noPk() {
            pk = null;
            return this;
        }

        public TableBuilder index(Index i) {
            indexes.add(i);
            return this;
        }

        public TableBuilder fk(ForeignKey fk) {
            fks.add(fk);
            return this;
        }

        public TableBuilder check(String checkName, String expression) {
            checks.add(new CheckConstraint(checkName, expression));
            return this;
        }

        public TableBuilder comment(String value) {
            comment = value;
            return this;
        }

        public Table build() {
            List<Index> sorted = new ArrayList<>(indexes);
            sorted.sort(java.util.Comparator.comparing(Index::name));
            return new Table(schema, name, columns, pk, sorted, fks, checks, List.of(), comment, TableTraits.NONE);
        }
    }
}
