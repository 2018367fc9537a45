package dev.zmodel.model;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.NullsOrder;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.SortOrder;
import dev.zmodel.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.zmodel.model.ZModelText.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ZModel text → expected relational model, feature by feature and provider by provider. */
class RelationalModelTest {

    private static Table table(DatabaseSchema schema, String name) {
        return schema.tables().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in "
                        + schema.tables().stream().map(Table::name).toList()));
    }

    private static Column column(DatabaseSchema schema, String table, String column) {
        return table(schema, table).column(column).orElseThrow(() -> new AssertionError("no column " + column));
    }

    /** {@code name len p s dims unsigned} of the type of {@code T.c}, for compact assertions. */
    private static String type(Column c) {
        ColumnType t = c.type();
        return t.name()
                + (t.length() != null ? "(" + t.length() + ")" : "")
                + (t.precision() != null ? "(" + t.precision() + (t.scale() != null ? "," + t.scale() : "") + ")" : "")
                + "[]".repeat(t.arrayDimensions())
                + (t.unsigned() ? " unsigned" : "");
    }

    private static DatabaseSchema oneField(Provider provider, String field) {
        return model(provider, "model T {\n    id Int @id\n    c " + field + "\n}\n");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql|String|text",
                "postgresql|Boolean|bool",
                "postgresql|Int|int4",
                "postgresql|BigInt|int8",
                "postgresql|Float|float8",
                "postgresql|Decimal|numeric(65,30)",
                "postgresql|DateTime|timestamp(3)",
                "postgresql|Json|jsonb",
                "postgresql|Bytes|bytea",
                "postgresql|String @db.VarChar(20)|varchar(20)",
                "postgresql|String @db.VarChar|varchar",
                "postgresql|String @db.Char(4)|bpchar(4)",
                "postgresql|String @db.Char|bpchar",
                "postgresql|String @db.Bit(3)|bit(3)",
                "postgresql|String @db.VarBit|varbit",
                "postgresql|String @db.Uuid|uuid",
                "postgresql|String @db.Xml|xml",
                "postgresql|String @db.Inet|inet",
                "postgresql|String @db.Citext|citext",
                "postgresql|Int @db.SmallInt|int2",
                "postgresql|Int @db.Oid|oid",
                "postgresql|Float @db.Real|float4",
                "postgresql|Decimal @db.Decimal(10, 2)|numeric(10,2)",
                "postgresql|Decimal @db.Money|money",
                "postgresql|DateTime @db.Timestamptz(6)|timestamptz(6)",
                "postgresql|DateTime @db.Timestamp|timestamp",
                "postgresql|DateTime @db.Date|date",
                "postgresql|DateTime @db.Time(3)|time(3)",
                "postgresql|DateTime @db.Timetz|timetz",
                "postgresql|Json @db.Json|json",
                "postgresql|String[]|text[]",
                "postgresql|Int[]|int4[]",
                "mysql|String|varchar(191)",
                "mysql|Boolean|tinyint(1)",
                "mysql|Int|int",
                "mysql|BigInt|bigint",
                "mysql|Float|double",
                "mysql|Decimal|decimal(65,30)",
                "mysql|DateTime|datetime(3)",
                "mysql|Json|json",
                "mysql|Bytes|longblob",
                "mysql|String @db.Text|text",
                "mysql|String @db.Char(2)|char(2)",
                "mysql|String @db.LongText|longtext",
                "mysql|Int @db.TinyInt|tinyint",
                "mysql|Int @db.UnsignedInt|int unsigned",
                "mysql|Int @db.Year|year",
                "mysql|BigInt @db.UnsignedBigInt|bigint unsigned",
                "mysql|Float @db.Float|float",
                "mysql|DateTime @db.DateTime|datetime(0)",
                "mysql|DateTime @db.Timestamp(6)|timestamp(6)",
                "mysql|DateTime @db.Date|date",
                "mysql|Boolean @db.Bit(1)|bit(1)",
                "mysql|Bytes @db.Binary(16)|binary(16)",
                "mysql|Bytes @db.VarBinary(8)|varbinary(8)",
                "sqlite|String|text",
                "sqlite|Boolean|boolean",
                "sqlite|Int|integer",
                "sqlite|BigInt|bigint",
                "sqlite|Float|real",
                "sqlite|Decimal|decimal",
                "sqlite|DateTime|datetime",
                "sqlite|Json|jsonb",
                "sqlite|Bytes|blob"
            })
    void scalarTypes(String provider, String field, String expected) {
        DatabaseSchema s = oneField(Provider.fromId(provider).orElseThrow(), field);
        assertEquals(expected, type(column(s, "T", "c")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql|tsvector|tsvector|BUILTIN",
                "postgresql|character varying(20)[]|varchar(20)[]|BUILTIN",
                "postgresql|timestamp(6) with time zone|timestamptz(6)|BUILTIN",
                "postgresql|double precision|float8|BUILTIN",
                "postgresql|geometry(Point, 4326)|geometry|USER_DEFINED",
                "postgresql|circle|circle|BUILTIN",
                "mysql|point|point|BUILTIN",
                "mysql|int(11) unsigned|int unsigned|BUILTIN",
                "mysql|decimal(8,3)|decimal(8,3)|BUILTIN",
                "sqlite|VARCHAR(20)|varchar(20)|BUILTIN",
                "sqlite|UNSIGNED  BIG INT|unsigned big int|BUILTIN"
            })
    void unsupportedTypesAreParsedLikeTheCatalog(String provider, String text, String expected, String kind) {
        DatabaseSchema s = oneField(Provider.fromId(provider).orElseThrow(), "Unsupported(\"" + text + "\")?");
        Column c = column(s, "T", "c");
        assertEquals(expected, type(c));
        assertEquals(ColumnType.Kind.valueOf(kind), c.type().kind());
        assertTrue(c.nullable());
    }

    /** The positional and the named form of {@code @map}/{@code @@map} ({@code name:}) and {@code @@schema} ({@code map:}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"positional|''|''", "named|'name: '|'map: '"})
    void namesFromMapAndSchema(String form, String mapArgument, String schemaArgument) {
        DatabaseSchema s = model("""
                datasource db {
                    provider = "postgresql"
                    url = env("DATABASE_URL")
                    schemas = ["public", "auth"]
                }

                model User {
                    id   Int    @id @map(%1$s"user_id")
                    name String @map(%1$s"full_name")

                    @@map(%1$s"users")
                    @@schema(%2$s"auth")
                }

                model Post {
                    id Int @id
                }
                """.formatted(mapArgument, schemaArgument));
        assertEquals(
                List.of("auth.users", "public.Post"),
                s.tables().stream().map(t -> t.schema() + "." + t.name()).toList(),
                "order: schema, then name");
        assertEquals(
                List.of("user_id", "full_name"),
                table(s, "users").columns().stream().map(Column::name).toList());
        assertEquals(
                new PrimaryKey("users_pkey", List.of("user_id")),
                table(s, "users").primaryKey());
        assertEquals(List.of("public", "auth"), s.namespaces());
    }

    @Test
    void defaultSchemaOfTheDatasource() {
        DatabaseSchema s = model("""
                datasource db {
                    provider = "postgresql"
                    url = env("DATABASE_URL")
                    schemas = ["app", "other"]
                    defaultSchema = "app"
                }

                model User {
                    id Int @id
                }
                """);
        assertEquals("app", s.tables().get(0).schema());
    }

    @Test
    void postgresDefaultsAsPgGetExprPrintsThem() {
        DatabaseSchema s = model(Provider.POSTGRESQL, """
                enum Role {
                    ADMIN
                    USER @map("user")

                    @@map("role")
                }

                model T {
                    id     Int      @id @default(autoincrement())
                    a      String   @default("it's")
                    b      String   @default("v") @db.VarChar(10)
                    c      Int      @default(-5)
                    d      BigInt   @default(9223372036854775807)
                    e      Decimal  @default(-2.5)
                    f      Float    @default(1.50)
                    g      Boolean  @default(false)
                    h      DateTime @default(now())
                    i      DateTime @default("2020-01-01T10:00:00.120Z")
                    j      DateTime @default("2020-01-31T00:00:00Z") @db.Date
                    k      Json     @default("{\\"bb\\":1, \\"a\\": [1.0]}")
                    l      Role     @default(USER)
                    m      Role[]   @default([ADMIN])
                    n      String[] @default([])
                    o      String   @default(uuid())
                    p      String   @default(dbgenerated("gen_random_uuid()")) @db.Uuid
                    q      DateTime @updatedAt
                    r      Bytes    @default("aGk=")
                    s      Int[]    @default([1, -2])
                }
                """);
        Table t = table(s, "T");
        List<String> defaults = new ArrayList<>();
        t.columns().forEach(c -> defaults.add(c.name() + "=" + c.defaultValue()));
        assertEquals(
                List.of(
                        "id=null",
                        "a='it''s'::text",
                        "b='v'::character varying",
                        "c='-5'::integer",
                        "d='9223372036854775807'::bigint",
                        "e='-2.5'::numeric",
                        "f=1.50",
                        "g=false",
                        "h=CURRENT_TIMESTAMP",
                        "i='2020-01-01 10:00:00.12'::timestamp without time zone",
                        "j='2020-01-31'::date",
                        "k='{\"a\": [1.0], \"bb\": 1}'::jsonb",
                        "l='user'::role",
                        "m=ARRAY['ADMIN'::role]",
                        "n=ARRAY[]::text[]",
                        "o=null",
                        "p=gen_random_uuid()",
                        "q=null",
                        "r='\\x6869'::bytea",
                        "s=ARRAY[1, '-2'::integer]"),
                defaults);
        assertEquals(AutoIncrement.SEQUENCE, t.columns().get(0).autoIncrement());
        assertEquals(List.of(new EnumType("public", "role", List.of("ADMIN", "user"), null)), s.enums());
        assertEquals(
                ColumnType.enumType("public", "role"),
                column(s, "T", "l").type().withRaw("role"));
        assertTrue(column(s, "T", "m").nullable(), "lists are nullable, as Prisma creates them");
    }

    @Test
    void mysqlDefaultsAsMariaDbPrintsThem() {
        DatabaseSchema s = model(Provider.MYSQL, """
                enum Role {
                    ADMIN
                    USER @map("user")
                }

                model T {
                    id Int      @id @default(autoincrement())
                    a  String   @default("a\\\\b'c")
                    b  Boolean  @default(true)
                    c  Decimal  @default(1.5) @db.Decimal(10, 3)
                    d  Float    @default(2.50)
                    e  DateTime @default(now())
                    f  DateTime @default(now()) @db.DateTime
                    g  DateTime @default("2020-01-01T10:00:00Z")
                    h  Role     @default(USER)
                    i  Bytes?   @default("aGk=")
                }
                """);
        List<String> defaults = new ArrayList<>();
        table(s, "T").columns().forEach(c -> defaults.add(c.name() + "=" + c.defaultValue()));
        assertEquals(
                List.of(
                        "id=null",
                        "a='a\\\\b''c'",
                        "b=1",
                        "c=1.500",
                        "d=2.5",
                        "e=current_timestamp(3)",
                        "f=current_timestamp()",
                        "g='2020-01-01 10:00:00.000'",
                        "h='user'",
                        "i=null"),
                defaults);
        assertEquals(AutoIncrement.AUTO_INCREMENT, column(s, "T", "id").autoIncrement());
        assertEquals(List.of("ADMIN", "user"), column(s, "T", "h").type().values());
        assertEquals("enum", column(s, "T", "h").type().name());
        assertTrue(s.enums().isEmpty(), "MySQL enums are inline");
    }

    @Test
    void sqliteRowidAndDefaults() {
        DatabaseSchema s = model(Provider.SQLITE, """
                model A {
                    id Int     @id @default(autoincrement())
                    b  Boolean @default(true)
                    c  DateTime @default(now())
                    d  String  @default("x")
                }

                model B {
                    id Int @id
                }

                model C {
                    id BigInt @id
                }
                """);
        assertEquals(AutoIncrement.ROWID_AUTOINCREMENT, column(s, "A", "id").autoIncrement());
        assertEquals(AutoIncrement.ROWID, column(s, "B", "id").autoIncrement(), "INTEGER PRIMARY KEY is a rowid alias");
        assertEquals(AutoIncrement.NONE, column(s, "C", "id").autoIncrement());
        assertEquals(
                List.of("true", "CURRENT_TIMESTAMP", "'x'"),
                table(s, "A").columns().stream()
                        .skip(1)
                        .map(Column::defaultValue)
                        .toList());
        assertNull(table(s, "A").primaryKey().name(), "SQLite primary keys are unnamed");
        assertEquals(List.of("main"), s.namespaces());
    }

    @Test
    void sqliteAutoincrementNeedsAnIntegerKey() {
        ZModelException e = assertThrows(ZModelException.class, () -> model(Provider.SQLITE, """
                model A {
                    id  Int @id
                    seq Int @default(autoincrement())
                }
                """));
        assertTrue(e.getMessage().contains("autoincrement() needs an Int @id"), e.getMessage());
    }

    @Test
    void keysAndIndexesWithDefaultNames() {
        String body = """
                model Post {
                    id       Int    @id
                    slug     String @unique
                    title    String
                    body     String
                    version  Int

                    @@unique([title, version])
                    @@index([title(sort: Desc), body])
                    @@index([version], map: "by_version")
                }

                model Line {
                    a Int
                    b Int

                    @@id([a, b], map: "line_key")
                }
                """;
        DatabaseSchema pg = model(Provider.POSTGRESQL, body);
        Table post = table(pg, "Post");
        assertEquals(new PrimaryKey("Post_pkey", List.of("id")), post.primaryKey());
        assertEquals(
                List.of(
                        Index.of("Post_slug_key", true, List.of("slug")),
                        new Index(
                                "Post_title_body_idx",
                                List.of(IndexColumn.of("title", SortOrder.DESC), IndexColumn.of("body")),
                                false,
                                false,
                                null,
                                null,
                                false,
                                false),
                        Index.of("Post_title_version_key", true, List.of("title", "version")),
                        Index.of("by_version", false, List.of("version"))),
                post.indexes());
        assertEquals(
                new PrimaryKey("line_key", List.of("a", "b")), table(pg, "Line").primaryKey());
        assertEquals(
                new PrimaryKey("PRIMARY", List.of("a", "b")),
                table(model(Provider.MYSQL, body), "Line").primaryKey());
        assertEquals(
                new PrimaryKey(null, List.of("a", "b")),
                table(model(Provider.SQLITE, body), "Line").primaryKey());
    }

    @Test
    void indexOptionsPerProvider() {
        DatabaseSchema pg = model(Provider.POSTGRESQL, """
                model T {
                    id   Int    @id
                    data Json
                    tags String[]
                    name String

                    @@index([data(ops: JsonbPathOps)], type: Gin)
                    @@index([tags(ops: ArrayOps)], type: Gin, map: "tags_gin")
                    @@index([name], type: Hash)
                    @@index([id(ops: raw("int4_minmax_multi_ops"))], type: Brin, map: "brin")
                }
                """);
        Table t = table(pg, "T");
        assertEquals(
                List.of(
                        new Index(
                                "T_data_idx",
                                List.of(new IndexColumn(
                                        "data", null, SortOrder.ASC, NullsOrder.DEFAULT, "jsonb_path_ops", null)),
                                false,
                                false,
                                "gin",
                                null,
                                false,
                                false),
                        new Index(
                                "T_name_idx",
                                List.of(IndexColumn.of("name")),
                                false,
                                false,
                                "hash",
                                null,
                                false,
                                false),
                        new Index(
                                "brin",
                                List.of(new IndexColumn(
                                        "id", null, SortOrder.ASC, NullsOrder.DEFAULT, "int4_minmax_multi_ops", null)),
                                false,
                                false,
                                "brin",
                                null,
                                false,
                                false),
                        new Index(
                                "tags_gin", List.of(IndexColumn.of("tags")), false, false, "gin", null, false, false)),
                t.indexes(),
                "ArrayOps is GIN's default for arrays, so it is left out (the catalog reports none)");

        DatabaseSchema mysql = model(Provider.MYSQL, """
                model T {
                    id   Int    @id
                    body String @db.Text
                    name String

                    @@index([body(length: 10)])
                    @@fulltext([name, body], map: "search")
                }
                """);
        assertEquals(
                List.of(
                        new Index(
                                "T_body_idx",
                                List.of(new IndexColumn("body", null, SortOrder.ASC, NullsOrder.DEFAULT, null, 10)),
                                false,
                                false,
                                null,
                                null,
                                false,
                                false),
                        new Index(
                                "search",
                                List.of(IndexColumn.of("name"), IndexColumn.of("body")),
                                false,
                                false,
                                null,
                                null,
                                true,
                                false)),
                table(mysql, "T").indexes());

        List<String> warnings = new ArrayList<>();
        RelationalModel.build(
                ZModelText.index(ZModelText.datasource(Provider.SQLITE) + """
                model T {
                    id   Int    @id
                    name String

                    @@index([name(length: 3)], type: Hash)
                }
                """),
                ModelOptions.DEFAULTS.withListener(new Listener() {
                    @Override
                    public void warn(String message) {
                        warnings.add(message);
                    }
                }));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("type: Hash is only supported on PostgreSQL"), warnings.get(0));
        assertTrue(warnings.get(1).contains("length: 3 on name is only supported on MySQL"), warnings.get(1));
    }

    @Test
    void foreignKeysWithPrismasDefaultActionsAndNames() {
        String body = """
                model User {
                    id       Int    @id
                    posts    Post[]
                    reviews  Post[] @relation("review")
                    manager  User?  @relation("reports", fields: [managerId], references: [id])
                    managerId Int?
                    reports  User[] @relation("reports")
                }

                model Post {
                    id         Int   @id
                    author     User  @relation(fields: [authorId], references: [id])
                    authorId   Int
                    reviewer   User? @relation("review", fields: [reviewerId], references: [id], onDelete: Cascade, onUpdate: NoAction, map: "post_reviewer")
                    reviewerId Int?
                }
                """;
        DatabaseSchema pg = model(Provider.POSTGRESQL, body);
        assertEquals(
                List.of(
                        new ForeignKey(
                                "Post_authorId_fkey",
                                List.of("authorId"),
                                "public",
                                "User",
                                List.of("id"),
                                ReferentialAction.RESTRICT,
                                ReferentialAction.CASCADE,
                                false,
                                false),
                        new ForeignKey(
                                "post_reviewer",
                                List.of("reviewerId"),
                                "public",
                                "User",
                                List.of("id"),
                                ReferentialAction.CASCADE,
                                ReferentialAction.NO_ACTION,
                                false,
                                false)),
                table(pg, "Post").foreignKeys());
        assertEquals(
                List.of(new ForeignKey(
                        "User_managerId_fkey",
                        List.of("managerId"),
                        "public",
                        "User",
                        List.of("id"),
                        ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE,
                        false,
                        false)),
                table(pg, "User").foreignKeys(),
                "self relation; optional → SetNull");

        DatabaseSchema mysql = model(Provider.MYSQL, body);
        assertNull(table(mysql, "Post").foreignKeys().get(0).referencedSchema());
        assertEquals(
                List.of("Post_authorId_fkey", "post_reviewer"),
                table(mysql, "Post").indexes().stream().map(Index::name).toList(),
                "MySQL's implicit foreign-key indexes are stated");
        assertTrue(table(model(Provider.SQLITE, body), "Post").indexes().isEmpty());
    }

    @Test
    void relationModePrismaCreatesNoForeignKeys() {
        DatabaseSchema s = model("""
                datasource db {
                    provider = "postgresql"
                    url = env("DATABASE_URL")
                    relationMode = "prisma"
                }

                model User {
                    id    Int    @id
                    posts Post[]
                }

                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                }
                """);
        assertTrue(table(s, "Post").foreignKeys().isEmpty());
    }

    @Test
    void implicitManyToManyJoinTables() {
        String body = """
                model Tag {
                    id    String @id @db.VarChar(30)
                    posts Post[]
                }

                model Post {
                    id      Int    @id @default(autoincrement())
                    tags    Tag[]
                    likedBy Post[] @relation("Likes")
                    likes   Post[] @relation("Likes")
                }
                """;
        DatabaseSchema pg = model(Provider.POSTGRESQL, body);
        Table join = table(pg, "_PostToTag");
        assertEquals(
                List.of(
                        Column.of("A", ColumnType.of("int4"), false),
                        Column.of("B", ColumnType.withLength("varchar", 30), false)),
                join.columns().stream()
                        .map(c -> c.withType(c.type()
                                .withRaw(
                                        c.type().name().equals("varchar")
                                                ? "varchar(30)"
                                                : c.type().name())))
                        .toList(),
                "A references Post (sorts first), B Tag");
        assertEquals(new PrimaryKey("_PostToTag_AB_pkey", List.of("A", "B")), join.primaryKey());
        assertEquals(List.of(Index.of("_PostToTag_B_index", false, List.of("B"))), join.indexes());
        assertEquals(
                List.of(
                        new ForeignKey(
                                "_PostToTag_A_fkey",
                                List.of("A"),
                                "public",
                                "Post",
                                List.of("id"),
                                ReferentialAction.CASCADE,
                                ReferentialAction.CASCADE,
                                false,
                                false),
                        new ForeignKey(
                                "_PostToTag_B_fkey",
                                List.of("B"),
                                "public",
                                "Tag",
                                List.of("id"),
                                ReferentialAction.CASCADE,
                                ReferentialAction.CASCADE,
                                false,
                                false)),
                join.foreignKeys());
        Table likes = table(pg, "_Likes");
        assertEquals("Post", likes.foreignKeys().get(1).referencedTable(), "self m:n: both columns reference Post");

        for (Provider p : List.of(Provider.MYSQL, Provider.SQLITE)) {
            Table t = table(model(p, body.replace(" @db.VarChar(30)", "")), "_PostToTag");
            assertNull(t.primaryKey());
            assertEquals(
                    List.of(
                            Index.of("_PostToTag_AB_unique", true, List.of("A", "B")),
                            Index.of("_PostToTag_B_index", false, List.of("B"))),
                    t.indexes(),
                    p.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"positional|''|''", "named|'name: '|'map: '"})
    void enumsWithMapsAndSchemas(String form, String mapArgument, String schemaArgument) {
        DatabaseSchema s = model("""
                datasource db {
                    provider = "postgresql"
                    url = env("DATABASE_URL")
                    schemas = ["public", "billing"]
                }

                enum Status {
                    OPEN @map(%1$s"open")
                    DONE

                    @@map(%1$s"status")
                    @@schema(%2$s"billing")
                }

                enum Unused {
                    X
                }

                model T {
                    id Int    @id
                    s  Status @default(OPEN)
                }
                """.formatted(mapArgument, schemaArgument));
        assertEquals(
                List.of(
                        new EnumType("billing", "status", List.of("open", "DONE"), null),
                        new EnumType("public", "Unused", List.of("X"), null)),
                s.enums(),
                "every enum is created");
        assertEquals("billing", column(s, "T", "s").type().schema());
        assertEquals("'open'::billing.status", column(s, "T", "s").defaultValue(), "the default is the mapped value");
    }

    @Test
    void ignoredViewsComputedMixinsAndDelegates() {
        DatabaseSchema s = model(Provider.POSTGRESQL, """
                type Base {
                    id        Int      @id @default(autoincrement())
                    createdAt DateTime @default(now())
                }

                model Kept with Base {
                    note  String  @ignore
                    total Int     @computed

                    @@ignore
                }

                view Report {
                    id Int
                }

                model Asset {
                    id    Int    @id @default(autoincrement())
                    kind  String
                    owner String

                    @@delegate(kind)
                    @@index([owner])
                    @@map("assets")
                }

                model Video extends Asset {
                    url String @unique
                }
                """);
        assertEquals(
                List.of("Kept", "Video", "assets"),
                s.tables().stream().map(Table::name).toList(),
                "views create nothing");
        assertEquals(
                List.of("id", "createdAt", "note"),
                table(s, "Kept").columns().stream().map(Column::name).toList(),
                "mixin fields first, @computed left out");
        Table video = table(s, "Video");
        assertEquals(
                List.of(Column.of("id", ColumnType.of("int4"), false), Column.of("url", ColumnType.of("text"), false)),
                video.columns(),
                "the base id without its sequence, then the own fields");
        assertEquals(new PrimaryKey("Video_pkey", List.of("id")), video.primaryKey());
        assertEquals(
                List.of(new ForeignKey(
                        "Video_id_fkey",
                        List.of("id"),
                        "public",
                        "assets",
                        List.of("id"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.CASCADE,
                        false,
                        false)),
                video.foreignKeys());
        assertEquals(
                List.of("Video_url_key"),
                video.indexes().stream().map(Index::name).toList(),
                "the base's @@index and @@map are not inherited");
    }

    @Test
    void defaultNamesAreTruncatedToTheIdentifierLimit() {
        String longName = "a_table_with_a_rather_long_name_for_testing";
        String body = "model T {\n    id Int @id\n    " + longName + "_column String @unique\n\n" + "    @@map(\""
                + longName + "_x\")\n}\n";
        Index pg = table(model(Provider.POSTGRESQL, body), longName + "_x")
                .indexes()
                .get(0);
        assertEquals(63, pg.name().length());
        assertEquals((longName + "_x_" + longName + "_column").substring(0, 59) + "_key", pg.name());
        Index mysql =
                table(model(Provider.MYSQL, body), longName + "_x").indexes().get(0);
        assertEquals(64, mysql.name().length());
        Index sqlite =
                table(model(Provider.SQLITE, body), longName + "_x").indexes().get(0);
        assertEquals(longName + "_x_" + longName + "_column_key", sqlite.name());
    }

    @Test
    void unsupportedThingsAreClearErrors() {
        assertThrows(
                ZModelException.class,
                () -> RelationalModel.of(
                        ZModelText.index(ZModelText.datasource(Provider.MYSQL)
                                + "model T {\n    id Int @id\n    c String @db.VarChar\n}\n"),
                        ModelOptions.DEFAULTS),
                "MySQL VARCHAR needs a length");
        // the validator rejects it first (zen check's rule); an embedder that builds the model of an unvalidated
        // schema still gets the builder's error
        ZModelException e = assertThrows(
                ZModelException.class,
                () -> RelationalModel.of(
                        dev.zmodel.lang.SchemaIndex.of(List.of(dev.zmodel.lang.ZModelParser.parse(
                                        ZModelText.datasource(Provider.POSTGRESQL)
                                                + "model T {\n    id Int @id\n    c Json @default(\"{x\")\n}\n",
                                        "schema.zmodel")
                                .document())),
                        ModelOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("T.c") && e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void clashingDefaultNamesAreAnError() {
        ZModelException e = assertThrows(ZModelException.class, () -> model(Provider.MYSQL, """
                model T {
                    id Int    @id
                    f  String @unique

                    @@unique([f])
                }
                """));
        assertTrue(e.getMessage().contains("`T_f_key`"), e.getMessage());
        e = assertThrows(ZModelException.class, () -> model(Provider.POSTGRESQL, """
                model A {
                    id Int @id
                    f  Int

                    @@index([f], map: "by_f")
                }

                model B {
                    id Int @id
                    f  Int

                    @@index([f], map: "by_f")
                }
                """));
        assertTrue(
                e.getMessage().contains("by_f`: the index by_f of table A"),
                "PostgreSQL index names are schema-wide: " + e.getMessage());
    }

    @Test
    void providerFromOptionsOverridesTheDatasource() {
        DatabaseSchema s = RelationalModel.of(
                ZModelText.index(ZModelText.datasource(Provider.POSTGRESQL) + "model T {\n    id Int @id\n}\n"),
                ModelOptions.forProvider(Provider.SQLITE));
        assertEquals(Provider.SQLITE, s.provider());
        assertEquals("integer", s.tables().get(0).columns().get(0).type().name());
    }
}
