package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.diff.ddl.Ddl;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.NullsOrder;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.SortOrder;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static dev.zmodel.diff.Fixtures.col;
import static dev.zmodel.diff.Fixtures.index;
import static dev.zmodel.diff.Fixtures.nullable;
import static dev.zmodel.diff.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One scenario per kind of change, built for each dialect: the "from" and "to" schemas, rename hints, rows to
 * seed before migrating and plain-SQL checks after the update and after the rollback. Used by the golden
 * changelog tests and by the real-database Liquibase tests.
 */
public final class DiffCases {
    private DiffCases() {}

    /**
     * @param seed        SQL run on the "from" database before migrating (null for none)
     * @param afterUpdate checks after Liquibase's update
     * @param afterRollback checks after rolling every changeset back
     */
    public record Case(
            String name,
            Provider provider,
            DatabaseSchema from,
            DatabaseSchema to,
            DiffOptions options,
            String seed,
            Consumer<TestDatabase> afterUpdate,
            Consumer<TestDatabase> afterRollback) {
        public DiffResult diff() {
            return SchemaDiff.diff(from, to, options);
        }

        Case seed(String sql) {
            return new Case(name, provider, from, to, options, sql, afterUpdate, afterRollback);
        }

        Case afterUpdate(Consumer<TestDatabase> check) {
            return new Case(name, provider, from, to, options, seed, check, afterRollback);
        }

        Case afterRollback(Consumer<TestDatabase> check) {
            return new Case(name, provider, from, to, options, seed, afterUpdate, check);
        }

        @Override
        public String toString() {
            return provider + "/" + name;
        }
    }

    private static final List<Function<Fixtures, Case>> ALL = List.of(
            DiffCases::createTables,
            DiffCases::dropTables,
            DiffCases::renames,
            DiffCases::joinTableSwap,
            DiffCases::addAndDropColumns,
            DiffCases::alterColumns,
            DiffCases::autoIncrement,
            DiffCases::primaryKeys,
            DiffCases::indexes,
            DiffCases::foreignKeys,
            DiffCases::enumValues,
            DiffCases::enumRecreate,
            DiffCases::schemas,
            DiffCases::comments,
            DiffCases::rebuildKeepsUnmanaged,
            DiffCases::columnsInPlace,
            DiffCases::postgresColumnKinds);

    /** Every case that applies to the provider. */
    public static List<Case> all(Provider provider) {
        List<Case> out = new ArrayList<>();
        for (Function<Fixtures, Case> f : ALL) {
            Case c = f.apply(Fixtures.of(provider));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    public static List<Case> all() {
        List<Case> out = new ArrayList<>();
        for (Provider p : Provider.values()) {
            out.addAll(all(p));
        }
        return out;
    }

    private static Case of(String name, Fixtures f, DatabaseSchema from, DatabaseSchema to, String... hints) {
        return new Case(name, f.provider, from, to, DiffOptions.withRenames(hints), null, db -> {}, db -> {});
    }

    private static String q(Fixtures f, String name) {
        return Ddl.forProvider(f.provider).quote(name);
    }

    static String scalar(TestDatabase db, String sql) {
        return db.query(sql).get(0).get(0);
    }

    // ---------------------------------------------------------------- the cases

    /** Shared "blog" schema: User (enum role on PostgreSQL/MySQL), Post with a foreign key and indexes. */
    public static DatabaseSchema blog(Fixtures f) {
        List<dev.zmodel.schema.EnumType> enums = new ArrayList<>();
        Fixtures.TableBuilder user = f.table("User")
                .id()
                .column(col("email", f.text()))
                .column(nullable("name", f.varchar(100)).withDefault(f.varcharDefault("anonymous")))
                .column(col("active", f.bool()).withDefault(f.provider == Provider.MYSQL ? "1" : "true"))
                .column(nullable("score", f.decimal(10, 2)))
                .column(col("createdAt", f.timestamp()).withDefault(f.now()))
                .index(unique("User_email_key", "email"));
        if (f.provider == Provider.POSTGRESQL) {
            enums.add(f.enumDecl("Role", "USER", "ADMIN"));
            user.column(col("role", f.enumType("Role")).withDefault("'USER'::\"Role\""))
                    .column(nullable("tags", ColumnType.of("text").withArrayDimensions(1)))
                    .column(col("meta", ColumnType.of("jsonb")).withDefault("'{}'::jsonb"))
                    .column(col("uid", ColumnType.of("uuid")).withDefault("gen_random_uuid()"));
        } else if (f.provider == Provider.MYSQL) {
            user.column(col("role", f.enumType("Role", "USER", "ADMIN")).withDefault("'USER'"))
                    .column(col(
                                    "views",
                                    new ColumnType(
                                            ColumnType.Kind.BUILTIN,
                                            null,
                                            "int",
                                            null,
                                            null,
                                            null,
                                            0,
                                            true,
                                            List.of(),
                                            "int unsigned"))
                            .withDefault("0"))
                    .column(nullable("meta", ColumnType.of("json")));
        } else {
            user.column(nullable("avatar", ColumnType.of("blob")));
        }
        Table post = f.table("Post")
                .id()
                .column(col("title", f.varchar(200)))
                .column(nullable("body", f.text()))
                .column(col("authorId", f.intType()))
                .index(index("Post_authorId_idx", "authorId"))
                .index(new Index(
                        "Post_title_idx",
                        List.of(IndexColumn.of("title", SortOrder.DESC)),
                        false,
                        false,
                        null,
                        null,
                        false,
                        false))
                .fk(f.fk(
                        "Post_authorId_fkey",
                        "authorId",
                        "User",
                        "id",
                        ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE))
                .build();
        return f.schema(enums, user.build(), post);
    }

    static Case createTables(Fixtures f) {
        return of("create_tables", f, f.empty(), blog(f)).afterUpdate(db -> {
            String user = q(f, "User");
            db.execute("INSERT INTO " + user + " (" + q(f, "email") + ") VALUES ('a@example.com')");
            assertEquals("anonymous", scalar(db, "SELECT " + q(f, "name") + " FROM " + user));
        });
    }

    static Case dropTables(Fixtures f) {
        DatabaseSchema from = blog(f);
        DatabaseSchema to = new DatabaseSchema(
                f.provider, null, from.namespaces(), List.of(from.tables().get(0)), List.of(), from.enums());
        return of("drop_tables", f, from, to);
    }

    static Case renames(Fixtures f) {
        Table user = f.table("User").id().column(col("name", f.text())).build();
        Table post = f.table("Post")
                .id()
                .column(col("authorId", f.intType()))
                .fk(f.fk(
                        "Post_authorId_fkey",
                        "authorId",
                        "User",
                        "id",
                        ReferentialAction.RESTRICT,
                        ReferentialAction.CASCADE))
                .build();
        Table person = f.table("Person").id().column(col("fullName", f.text())).build();
        Table post2 = f.table("Post")
                .id()
                .column(col("authorId", f.intType()))
                .fk(f.fk(
                        "Post_authorId_fkey",
                        "authorId",
                        "Person",
                        "id",
                        ReferentialAction.RESTRICT,
                        ReferentialAction.CASCADE))
                .build();
        return of(
                        "renames",
                        f,
                        f.schema(user, post),
                        f.schema(person, post2),
                        "User=Person",
                        "Person.name=Person.fullName")
                .seed("INSERT INTO " + q(f, "User") + " (" + q(f, "id") + ", " + q(f, "name") + ") VALUES (1, 'Ada');"
                        + "INSERT INTO " + q(f, "Post") + " (" + q(f, "id") + ", " + q(f, "authorId")
                        + ") VALUES (1, 1)")
                .afterUpdate(db -> assertEquals(
                        "Ada",
                        scalar(
                                db,
                                "SELECT " + q(f, "fullName") + " FROM " + q(f, "Person") + " WHERE " + q(f, "id")
                                        + " = 1")))
                .afterRollback(db -> assertEquals(
                        "Ada",
                        scalar(
                                db,
                                "SELECT " + q(f, "name") + " FROM " + q(f, "User") + " WHERE " + q(f, "id") + " = 1")));
    }

    static Case addAndDropColumns(Fixtures f) {
        Table from = f.table("User")
                .id()
                .column(col("email", f.text()))
                .column(nullable("age", f.intType()))
                .build();
        Table to = f.table("User")
                .id()
                .column(col("email", f.text()))
                .column(nullable("nickname", f.varchar(50)))
                .column(col("status", f.text()).withDefault(f.stringDefault("active")))
                .column(col("updatedAt", f.timestamp()).withDefault(f.now()))
                .column(col("rank", f.intType()))
                .build();
        return of("add_and_drop_columns", f, f.schema(from), f.schema(to));
    }

    static Case alterColumns(Fixtures f) {
        ColumnType intOrText = f.provider == Provider.MYSQL ? f.varchar(20) : f.text();
        Table from = f.table("Item")
                .id()
                .column(col("quantity", f.intType()))
                .column(nullable("label", f.varchar(100)))
                .column(col("kind", f.text()).withDefault(f.stringDefault("plain")))
                .column(nullable("stock", f.intType()))
                .column(col("code", intOrText))
                .build();
        Table to = f.table("Item")
                .id()
                .column(col("quantity", f.bigint()))
                .column(col("label", f.varchar(255)))
                .column(col("kind", f.text()))
                .column(nullable("stock", f.intType()).withDefault("0"))
                .column(col("code", f.intType()))
                .build();
        String item = q(f, "Item");
        return of("alter_columns", f, f.schema(from), f.schema(to))
                .seed("INSERT INTO " + item + " (" + q(f, "quantity") + ", " + q(f, "label") + ", " + q(f, "code")
                        + ") VALUES (5, 'five', '42')")
                .afterUpdate(db -> {
                    assertEquals("42", scalar(db, "SELECT " + q(f, "code") + " FROM " + item));
                    assertEquals("5", scalar(db, "SELECT " + q(f, "quantity") + " FROM " + item));
                });
    }

    static Case autoIncrement(Fixtures f) {
        Column id = col("id", f.intType());
        Table from;
        Table to;
        switch (f.provider) {
            case POSTGRESQL -> {
                from = f.table("Counter")
                        .column(id)
                        .pk("id")
                        .column(col("n", f.intType()))
                        .build();
                to = f.table("Counter")
                        .column(id.withAutoIncrement(AutoIncrement.IDENTITY_BY_DEFAULT))
                        .pk("id")
                        .column(col("n", f.intType()).withAutoIncrement(AutoIncrement.SEQUENCE))
                        .build();
            }
            case MYSQL -> {
                from = f.table("Counter")
                        .column(id)
                        .pk("id")
                        .column(col("n", f.intType()))
                        .build();
                to = f.table("Counter")
                        .column(id.withAutoIncrement(AutoIncrement.AUTO_INCREMENT))
                        .pk("id")
                        .column(col("n", f.intType()))
                        .build();
            }
            default -> {
                // a BIGINT key is not the rowid; an INTEGER PRIMARY KEY with or without AUTOINCREMENT is the same
                // auto-increment to the differ (only the reuse of deleted ids differs), so the case starts from BIGINT
                from = f.table("Counter")
                        .column(col("id", f.bigint()))
                        .pk("id")
                        .column(col("n", f.intType()))
                        .build();
                to = f.table("Counter")
                        .column(id.withAutoIncrement(AutoIncrement.ROWID_AUTOINCREMENT))
                        .pk("id")
                        .column(col("n", f.intType()))
                        .build();
            }
        }
        String counter = q(f, "Counter");
        return of("auto_increment", f, f.schema(from), f.schema(to))
                .seed("INSERT INTO " + counter + " (" + q(f, "id") + ", " + q(f, "n") + ") VALUES (7, 1)")
                .afterUpdate(db -> {
                    db.execute(
                            f.provider == Provider.POSTGRESQL
                                    ? "INSERT INTO " + counter + " DEFAULT VALUES"
                                    : "INSERT INTO " + counter + " (" + q(f, "n") + ") VALUES (2)");
                    assertEquals("2", scalar(db, "SELECT count(*) FROM " + counter));
                });
    }

    static Case primaryKeys(Fixtures f) {
        Table a = f.table("A")
                .column(col("x", f.intType()))
                .column(col("y", f.intType()))
                .noPk()
                .build();
        Table b = f.table("B")
                .column(col("id", f.intType()))
                .column(col("code", f.intType()))
                .pk("id")
                .build();
        Table c = f.table("C").column(col("id", f.intType())).pk("id").build();
        Table a2 = f.table("A")
                .column(col("x", f.intType()))
                .column(col("y", f.intType()))
                .pk("x")
                .build();
        Table b2 = f.table("B")
                .column(col("id", f.intType()))
                .column(col("code", f.intType()))
                .pk("id", "code")
                .build();
        Table c2 = f.table("C").column(col("id", f.intType())).noPk().build();
        return of("primary_keys", f, f.schema(a, b, c), f.schema(a2, b2, c2));
    }

    static Case indexes(Fixtures f) {
        Fixtures.TableBuilder from = f.table("Doc")
                .id()
                .column(col("a", f.intType()))
                .column(col("b", f.intType()))
                .column(col("c", f.intType()))
                .index(index("Doc_a_idx", "a"))
                .index(index("doc_b", "b"))
                .index(unique("Doc_c_key", "c"));
        Fixtures.TableBuilder to = f.table("Doc")
                .id()
                .column(col("a", f.intType()))
                .column(col("b", f.intType()))
                .column(col("c", f.intType()))
                .index(index("Doc_b_idx", "b"))
                .index(index("Doc_c_key", "c"))
                .index(new Index(
                        "Doc_a_b_key",
                        List.of(IndexColumn.of("a"), IndexColumn.of("b", SortOrder.DESC)),
                        true,
                        false,
                        null,
                        null,
                        false,
                        false));
        if (f.provider == Provider.POSTGRESQL) {
            to.index(new Index(
                    "Doc_b_c_key",
                    List.of(IndexColumn.of("b"), IndexColumn.of("c")),
                    true,
                    true,
                    null,
                    null,
                    false,
                    false));
            to.index(new Index(
                    "Doc_c_nulls_idx",
                    List.of(new IndexColumn("c", null, SortOrder.DESC, NullsOrder.LAST, null, null)),
                    false,
                    false,
                    null,
                    null,
                    false,
                    false));
        }
        return of("indexes", f, f.schema(from.build()), f.schema(to.build()));
    }

    static Case foreignKeys(Fixtures f) {
        Table parent = f.table("Parent").id().build();
        Table child = f.table("Child")
                .id()
                .column(col("parentId", f.intType()))
                .index(index("Child_parentId_idx", "parentId"))
                .fk(f.fk(
                        "Child_parentId_fkey",
                        "parentId",
                        "Parent",
                        "id",
                        ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE))
                .build();
        Table other = f.table("Other")
                .id()
                .column(nullable("parentId", f.intType()))
                .index(index("Other_parentId_idx", "parentId"))
                .build();
        Table child2 = f.table("Child")
                .id()
                .column(nullable("parentId", f.intType()))
                .index(index("Child_parentId_idx", "parentId"))
                .fk(f.fk(
                        "Child_parentId_fkey",
                        "parentId",
                        "Parent",
                        "id",
                        ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE))
                .build();
        Table other2 = f.table("Other")
                .id()
                .column(nullable("parentId", f.intType()))
                .index(index("Other_parentId_idx", "parentId"))
                .fk(f.fk(
                        "Other_parentId_fkey",
                        "parentId",
                        "Parent",
                        "id",
                        ReferentialAction.RESTRICT,
                        ReferentialAction.NO_ACTION))
                .build();
        Table husband = f.table("Husband")
                .id()
                .column(nullable("wifeId", f.intType()))
                .index(unique("Husband_wifeId_key", "wifeId"))
                .fk(f.fk(
                        "Husband_wifeId_fkey",
                        "wifeId",
                        "Wife",
                        "id",
                        ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE))
                .build();
        Table wife = f.table("Wife")
                .id()
                .column(nullable("husbandId", f.intType()))
                .index(unique("Wife_husbandId_key", "husbandId"))
                .fk(f.fk(
                        "Wife_husbandId_fkey",
                        "husbandId",
                        "Husband",
                        "id",
                        ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE))
                .build();
        return of("foreign_keys", f, f.schema(parent, child, other), f.schema(parent, child2, other2, husband, wife))
                .seed("INSERT INTO " + q(f, "Parent") + " (" + q(f, "id") + ") VALUES (1);"
                        + "INSERT INTO " + q(f, "Child") + " (" + q(f, "id") + ", " + q(f, "parentId")
                        + ") VALUES (1, 1)")
                .afterUpdate(db -> {
                    String parentTable = q(f, "Parent");
                    String childTable = q(f, "Child");
                    db.execute((f.provider == Provider.SQLITE ? "PRAGMA foreign_keys=ON;" : "")
                            + "INSERT INTO " + parentTable + " (" + q(f, "id") + ") VALUES (2);"
                            + "INSERT INTO " + childTable + " (" + q(f, "id") + ", " + q(f, "parentId")
                            + ") VALUES (2, 2);"
                            + "DELETE FROM " + parentTable + " WHERE " + q(f, "id") + " = 2");
                    assertEquals(
                            "null",
                            String.valueOf(scalar(
                                    db,
                                    "SELECT " + q(f, "parentId") + " FROM " + childTable + " WHERE " + q(f, "id")
                                            + " = 2")));
                    db.execute("DELETE FROM " + childTable + " WHERE " + q(f, "id") + " = 2");
                });
    }

    static Case enumValues(Fixtures f) {
        if (f.provider == Provider.SQLITE) {
            return null;
        }
        if (f.provider == Provider.MYSQL) {
            Table from = f.table("Account")
                    .id()
                    .column(col("plan", f.enumType("Plan", "FREE", "PRO")).withDefault("'FREE'"))
                    .build();
            Table to = f.table("Account")
                    .id()
                    .column(col("plan", f.enumType("Plan", "FREE", "TEAM", "PRO"))
                            .withDefault("'FREE'"))
                    .build();
            return of("enum_values", f, f.schema(from), f.schema(to))
                    .seed("INSERT INTO `Account` (`plan`) VALUES ('PRO')")
                    .afterUpdate(db -> db.execute("INSERT INTO `Account` (`plan`) VALUES ('TEAM');"
                            + "DELETE FROM `Account` WHERE `plan` = 'TEAM'"));
        }
        Table from = f.table("Account")
                .id()
                .column(col("role", f.enumType("Role")).withDefault("'USER'::\"Role\""))
                .column(nullable("roles", f.enumType("Role").withArrayDimensions(1)))
                .column(nullable("legacy", f.enumType("Legacy")))
                .build();
        Table to = f.table("Account")
                .id()
                .column(col("role", f.enumType("Role")).withDefault("'USER'::\"Role\""))
                .column(nullable("roles", f.enumType("Role").withArrayDimensions(1)))
                .column(nullable("status", f.enumType("Status")))
                .build();
        return of(
                        "enum_values",
                        f,
                        f.schema(List.of(f.enumDecl("Role", "USER", "ADMIN"), f.enumDecl("Legacy", "X")), from),
                        f.schema(
                                List.of(
                                        f.enumDecl("Role", "GUEST", "USER", "MODERATOR", "ADMIN", "OWNER"),
                                        f.enumDecl("Status", "ON", "OFF")),
                                to))
                .seed("INSERT INTO \"Account\" (\"role\", \"roles\") VALUES ('ADMIN', '{USER,ADMIN}')")
                .afterUpdate(
                        db -> db.execute("INSERT INTO \"Account\" (\"role\", \"status\") VALUES ('MODERATOR', 'ON');"
                                + "DELETE FROM \"Account\" WHERE \"role\" = 'MODERATOR'"))
                .afterRollback(db -> assertEquals("ADMIN", scalar(db, "SELECT \"role\" FROM \"Account\"")));
    }

    static Case enumRecreate(Fixtures f) {
        if (f.provider == Provider.SQLITE) {
            return null;
        }
        if (f.provider == Provider.MYSQL) {
            Table from = f.table("Account")
                    .id()
                    .column(col("plan", f.enumType("Plan", "FREE", "PRO", "LEGACY"))
                            .withDefault("'LEGACY'"))
                    .build();
            Table to = f.table("Account")
                    .id()
                    .column(col("plan", f.enumType("Plan", "PRO", "FREE")).withDefault("'FREE'"))
                    .build();
            return of("enum_recreate", f, f.schema(from), f.schema(to))
                    .seed("INSERT INTO `Account` (`plan`) VALUES ('PRO')")
                    .afterUpdate(db -> assertEquals("PRO", scalar(db, "SELECT `plan` FROM `Account`")));
        }
        Table from = f.table("Account")
                .id()
                .column(col("role", f.enumType("Role")).withDefault("'GUEST'::\"Role\""))
                .column(nullable("roles", f.enumType("Role").withArrayDimensions(1)))
                .build();
        Table to = f.table("Account")
                .id()
                .column(col("role", f.enumType("Role")).withDefault("'USER'::\"Role\""))
                .column(nullable("roles", f.enumType("Role").withArrayDimensions(1)))
                .build();
        return of(
                        "enum_recreate",
                        f,
                        f.schema(List.of(f.enumDecl("Role", "USER", "ADMIN", "GUEST")), from),
                        f.schema(List.of(f.enumDecl("Role", "ADMIN", "USER")), to))
                .seed("INSERT INTO \"Account\" (\"role\", \"roles\") VALUES ('ADMIN', '{USER}')")
                .afterUpdate(db -> assertEquals("ADMIN", scalar(db, "SELECT \"role\" FROM \"Account\"")))
                .afterRollback(db -> assertEquals("{USER}", scalar(db, "SELECT \"roles\" FROM \"Account\"")));
    }

    static Case schemas(Fixtures f) {
        if (f.provider != Provider.POSTGRESQL) {
            return null;
        }
        Table session = f.table("Session")
                .inSchema("auth")
                .id()
                .column(col("userId", f.intType()))
                .fk(new dev.zmodel.schema.ForeignKey(
                        "Session_userId_fkey",
                        List.of("userId"),
                        "public",
                        "User",
                        List.of("id"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE,
                        false,
                        false))
                .build();
        Table user = f.table("User").id().build();
        DatabaseSchema to = new DatabaseSchema(
                f.provider,
                null,
                List.of("auth", "public"),
                List.of(session, user),
                List.of(),
                List.of(new dev.zmodel.schema.EnumType("auth", "Scope", List.of("READ", "WRITE"), null)));
        return of("schemas", f, f.schema(user), to);
    }

    static Case comments(Fixtures f) {
        if (f.provider == Provider.SQLITE) {
            return null;
        }
        Table from = f.table("Note")
                .id()
                .column(col("body", f.text()).withComment("old text"))
                .comment("Notes")
                .build();
        Table to = f.table("Note")
                .id()
                .column(col("body", f.text()).withComment("It's the body"))
                .column(nullable("tag", f.varchar(20)).withComment("a tag"))
                .comment("User notes; kept forever")
                .build();
        Table gone = f.table("Gone").id().comment("to be removed").build();
        Table gone2 = f.table("Gone").id().build();
        return of("comments", f, f.schema(from, gone), f.schema(to, gone2));
    }

    /** A nullable column added and an unindexed one dropped: in place everywhere, SQLite included. */
    /** Prisma's implicit many-to-many join table of two models: A references the one whose name sorts first. */
    private static Table joinTable(Fixtures f, String a, String b) {
        String name = "_" + a + "To" + b;
        return f.table(name)
                .column(col("A", f.intType()))
                .column(col("B", f.intType()))
                .pk("A", "B")
                .index(index(name + "_B_index", "B"))
                .fk(f.fk(name + "_A_fkey", "A", a, "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .fk(f.fk(name + "_B_fkey", "B", b, "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
    }

    /**
     * Tag renamed to Label: {@code _PostToTag} (A = Post, B = Tag) becomes {@code _LabelToPost} (A = Label, B = Post),
     * refilled with A and B exchanged; the rollback refills the old table.
     */
    static Case joinTableSwap(Fixtures f) {
        Table post = f.table("Post").id().build();
        String count = "SELECT count(*) FROM ";
        return of(
                        "join_table_swap",
                        f,
                        f.schema(post, f.table("Tag").id().build(), joinTable(f, "Post", "Tag")),
                        f.schema(post, f.table("Label").id().build(), joinTable(f, "Label", "Post")),
                        "Tag=Label")
                .seed("INSERT INTO " + q(f, "Post") + " (" + q(f, "id") + ") VALUES (1), (2);"
                        + "INSERT INTO " + q(f, "Tag") + " (" + q(f, "id") + ") VALUES (10), (20);"
                        + "INSERT INTO " + q(f, "_PostToTag") + " (" + q(f, "A") + ", " + q(f, "B")
                        + ") VALUES (1, 10), (1, 20), (2, 20)")
                .afterUpdate(db -> {
                    assertEquals("3", scalar(db, count + q(f, "_LabelToPost")));
                    assertEquals(
                            "1",
                            scalar(
                                    db,
                                    count + q(f, "_LabelToPost") + " WHERE " + q(f, "A") + " = 10 AND " + q(f, "B")
                                            + " = 1"));
                    assertEquals(
                            "1",
                            scalar(
                                    db,
                                    count + q(f, "_LabelToPost") + " WHERE " + q(f, "A") + " = 20 AND " + q(f, "B")
                                            + " = 2"));
                })
                .afterRollback(db -> {
                    assertEquals("3", scalar(db, count + q(f, "_PostToTag")));
                    assertEquals(
                            "1",
                            scalar(
                                    db,
                                    count + q(f, "_PostToTag") + " WHERE " + q(f, "A") + " = 2 AND " + q(f, "B")
                                            + " = 20"));
                });
    }

    static Case columnsInPlace(Fixtures f) {
        Table from = f.table("Profile")
                .id()
                .column(col("bio", f.text()))
                .column(nullable("legacy", f.intType()))
                .build();
        Table to = f.table("Profile")
                .id()
                .column(col("bio", f.text()))
                .column(nullable("website", f.varchar(255)))
                .column(col("visits", f.intType()).withDefault("0"))
                .build();
        return of("columns_in_place", f, f.schema(from), f.schema(to))
                .seed("INSERT INTO " + q(f, "Profile") + " (" + q(f, "bio") + ", " + q(f, "legacy")
                        + ") VALUES ('hi', 3)")
                .afterUpdate(db ->
                        assertEquals("0", scalar(db, "SELECT " + q(f, "visits") + " FROM " + q(f, "Profile"))));
    }

    /** PostgreSQL column kinds: enum to text, identity ALWAYS, serial removed, collation. */
    static Case postgresColumnKinds(Fixtures f) {
        if (f.provider != Provider.POSTGRESQL) {
            return null;
        }
        Table from = f.table("Thing")
                .column(col("id", f.intType()).withAutoIncrement(AutoIncrement.IDENTITY_BY_DEFAULT))
                .pk("id")
                .column(col("seq", f.intType()).withAutoIncrement(AutoIncrement.SEQUENCE))
                .column(col("kind", f.enumType("Kind")).withDefault("'A'::\"Kind\""))
                .column(col("code", f.text()))
                .build();
        Table to = f.table("Thing")
                .column(col("id", f.intType()).withAutoIncrement(AutoIncrement.IDENTITY_ALWAYS))
                .pk("id")
                .column(col("seq", f.intType()))
                .column(col("kind", f.text()).withDefault("'A'::text"))
                .column(new Column("code", f.text(), false, null, AutoIncrement.NONE, null, null, null, "C"))
                .build();
        return of(
                        "postgres_column_kinds",
                        f,
                        f.schema(List.of(f.enumDecl("Kind", "A", "B")), from),
                        f.schema(List.of(f.enumDecl("Kind", "A", "B")), to))
                .seed("INSERT INTO \"Thing\" (\"kind\", \"code\") VALUES ('B', 'x')")
                .afterUpdate(db -> assertEquals("B", scalar(db, "SELECT \"kind\" FROM \"Thing\"")));
    }

    /** SQLite rebuild (PostgreSQL/MySQL alter in place) keeping a check constraint and a partial index. */
    static Case rebuildKeepsUnmanaged(Fixtures f) {
        Index partial = new Index(
                "Task_open_idx",
                List.of(IndexColumn.of("title")),
                false,
                false,
                null,
                f.provider == Provider.MYSQL ? null : q(f, "done") + " = 0",
                false,
                false);
        Fixtures.TableBuilder from = f.table("Task")
                .id()
                .column(col("title", f.varchar(100)))
                .column(col("done", f.intType()).withDefault("0"))
                .column(nullable("ownerId", f.intType()))
                .check("Task_title_check", "length(" + q(f, "title") + ") > 0");
        if (f.provider != Provider.MYSQL) {
            from.index(partial);
        }
        Table owner = f.table("Owner").id().build();
        Table to = f.table("Task")
                .id()
                .column(col("title", f.varchar(200)))
                .column(col("done", f.intType()).withDefault("0"))
                .column(nullable("ownerId", f.intType()))
                .fk(f.fk(
                        "Task_ownerId_fkey",
                        "ownerId",
                        "Owner",
                        "id",
                        ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE))
                .build();
        String task = q(f, "Task");
        return of("rebuild_keeps_unmanaged", f, f.schema(owner, from.build()), f.schema(owner, to))
                .seed("INSERT INTO " + q(f, "Owner") + " (" + q(f, "id") + ") VALUES (1);" + "INSERT INTO " + task
                        + " (" + q(f, "title") + ", " + q(f, "ownerId") + ") VALUES ('write', 1)")
                .afterUpdate(db -> {
                    assertEquals("write", scalar(db, "SELECT " + q(f, "title") + " FROM " + task));
                    try {
                        db.execute("INSERT INTO " + task + " (" + q(f, "title") + ") VALUES ('')");
                        throw new AssertionError("the check constraint was lost");
                    } catch (IllegalStateException expected) {
                        // the unmanaged check constraint is still there
                    }
                });
    }
}
