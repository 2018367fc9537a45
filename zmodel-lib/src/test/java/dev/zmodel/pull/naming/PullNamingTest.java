package dev.zmodel.pull.naming;

import dev.zmodel.pull.Casing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The naming functions: casing, sanitization, plurals, reserved names, duplicate suffixes, relation roles. */
class PullNamingTest {
    @ParameterizedTest(name = "{0}: pascal {1}, camel {2}, snake {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "user          | User         | user         | user",
                "app_user      | AppUser      | appUser      | app_user",
                "AppUser       | AppUser      | appUser      | app_user",
                "appUser       | AppUser      | appUser      | app_user",
                "order-items   | OrderItems   | orderItems   | order_items",
                "my table      | MyTable      | myTable      | my_table",
                "USER_NAME     | USER_NAME    | USER_NAME    | user_name",
                "ACTIVE        | ACTIVE       | ACTIVE       | active",
                "String        | String       | string       | string",
                "_id           | Id           | id           | _id",
                "dec_10_2      | Dec102       | dec102       | dec_10_2",
                "created_tz_0  | CreatedTz0   | createdTz0   | created_tz_0",
                "user__id      | UserId       | userId       | user__id",
                "guest-x       | GuestX       | guestX       | guest_x",
                "UserID        | UserID       | userID       | user_id",
                "2fa code      | 2faCode      | 2faCode      | 2fa_code",
                "price$        | Price$       | price$       | price$",
                "a__           | A_           | a_           | a__",
                "a_-           | A_-          | a_-          | a__",
                "a-_-b         | AB           | aB           | a___b",
                "x_ é          | X_ é         | x_ é         | x__é",
            })
    void casings(String name, String pascal, String camel, String snake) {
        assertEquals(pascal, Casings.apply(Casing.PASCAL, name));
        assertEquals(camel, Casings.apply(Casing.CAMEL, name));
        assertEquals(snake, Casings.apply(Casing.SNAKE, name));
        assertEquals(name, Casings.apply(Casing.NONE, name));
    }

    /**
     * Pascal and camel casing join words as ZenStack's regex does, {@code [_\- ]+([A-Za-z0-9_])} replaced by the
     * upper-cased group (with its backtracking over {@code _}); the library does it with a loop. Random names over
     * the characters that matter, against the regex.
     */
    @Test
    void joiningWordsMatchesTheRegexDefinition() {
        java.util.regex.Pattern separator = java.util.regex.Pattern.compile("[_\\- ]+([A-Za-z0-9_])");
        java.util.Random random = new java.util.Random(15);
        String alphabet = "ab_- Z1é.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder("q");
            for (int k = random.nextInt(8); k > 0; k--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            java.util.regex.Matcher m = separator.matcher(name);
            StringBuilder joined = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(joined, m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
            m.appendTail(joined);
            assertEquals(joined.toString(), Casings.camel(name.toString()), "camel of [" + name + "]");
        }
    }

    /**
     * Changing the case of the first character is defined by {@code toUpperCase}/{@code toLowerCase(Locale.ROOT)} of
     * that character; the library spells out the ASCII letters. Every first character below 0x250 (ASCII, Latin-1,
     * Latin Extended, where {@code ß} upper-cases to two characters), followed by a few more.
     */
    @Test
    void upperAndLowerFirstChangeTheFirstCharacterOnly() {
        assertEquals("", Casings.upperFirst(""));
        assertEquals("", Casings.lowerFirst(""));
        for (char c = 0; c < 0x250; c++) {
            String name = c + "xY_1";
            String first = String.valueOf(c);
            assertEquals(first.toUpperCase(java.util.Locale.ROOT) + "xY_1", Casings.upperFirst(name), "upper " + name);
            assertEquals(first.toLowerCase(java.util.Locale.ROOT) + "xY_1", Casings.lowerFirst(name), "lower " + name);
        }
        String unchanged = "order";
        assertSame(unchanged, Casings.lowerFirst(unchanged), "nothing to change: the same string");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "User        | User",
                "42User      | User",
                "_id         | id",
                "_name       | name",
                "two$two     | two_two",
                "my table    | my_table",
                "nod?es      | nod_es",
                "größe       | grosse",
                "Ünïcødé Täble | Unicode_Table",
                "ïd          | id",
                "Æsir_Øre    | AEsir_Ore",
                "łódź        | lodz",
                "ключ        | ''",
                "ключ_ä      | a",
                "say \"hi\"  | say__hi_",
                "a-b         | a_b",
                "1x          | x",
                "__x__       | x__",
                "42          | ''",
                "名前        | ''",
                "b😀c        | b_c",
            })
    void sanitize(String name, String expected) {
        assertEquals(expected, Identifiers.sanitize(name));
        assertTrue(expected.isEmpty() || Identifiers.isValid(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "post         | posts",
                "category     | categories",
                "box          | boxes",
                "status       | statuses",
                "address      | addresses",
                "match        | matches",
                "wish         | wishes",
                "quiz         | quizzes",
                "day          | days",
                "key          | keys",
                "person       | people",
                "child        | children",
                "analysis     | analyses",
                "leaf         | leaves",
                "knife        | knives",
                "roof         | roofs",
                "hero         | heroes",
                "photo        | photos",
                "users        | users",
                "news         | news",
                "series       | series",
                "alias        | aliases",
                "bus          | buses",
                "data         | data",
                "orderItem    | orderItems",
                "order_item   | order_items",
                "userCategory | userCategories",
                "OrderItem    | OrderItems",
                "Person       | People",
                "USER         | USERS",
                "CATEGORY     | CATEGORIES",
                "x            | xes",
                "appPerson    | appPeople",
            })
    void plurals(String singular, String plural) {
        assertEquals(plural, Plurals.plural(singular));
    }

    @Test
    void reservedNames() {
        for (String name : List.of(
                "class",
                "enum",
                "new",
                "PrismaClient",
                "String",
                "DateTime",
                "Unsupported",
                "SortOrder",
                "ReferentialAction")) {
            assertTrue(ReservedNames.isReserved(name), name);
        }
        for (String name : List.of("Class", "User", "string", "model", "Model", "order")) {
            assertFalse(ReservedNames.isReserved(name), name);
        }
        assertEquals("Renamedclass", ReservedNames.renamed("class"));
    }

    @Test
    void duplicatesGetTheSmallestFreeSuffixAndPreferredEntriesKeepTheName() {
        List<String> resolved = UniqueNames.resolve(
                List.of(
                        UniqueNames.Wish.of("User"),
                        new UniqueNames.Wish("User", true),
                        UniqueNames.Wish.of("User"),
                        UniqueNames.Wish.of("User2"),
                        UniqueNames.Wish.of("Table1"),
                        UniqueNames.Wish.of("Table1")),
                Set.of());
        assertEquals(
                List.of("User3", "User", "User4", "User2", "Table1", "Table1_2"),
                resolved,
                "the preferred one keeps User, User2 is wanted by another entry and is not stolen");
        assertEquals(
                List.of("id2", "name"),
                UniqueNames.resolve(List.of(UniqueNames.Wish.of("id"), UniqueNames.Wish.of("name")), Set.of("id")),
                "taken names are never given");
    }

    /**
     * The id suffix rule, checked against the regular expression that states it: {@code Id}/{@code ID} after a
     * lower-case letter or digit, or {@code _id}/{@code _Id}/{@code _ID}, at the end of the name.
     */
    @Test
    void idSuffixRuleAgreesWithItsRegularExpression() {
        java.util.regex.Pattern rule = java.util.regex.Pattern.compile("(?<=[a-z0-9])(Id|ID)$|_(id|Id|ID)$");
        String[] stems = {"", "a", "Z", "9", "_", "author", "Author", "AUTHOR", "x_", "user2", "é", "a-"};
        String[] endings = {"", "Id", "ID", "id", "iD", "_id", "_Id", "_ID", "_iD", "__id", "I", "d", "_"};
        int checked = 0;
        for (String stem : stems) {
            for (String ending : endings) {
                String name = stem + ending;
                assertEquals(rule.matcher(name).replaceFirst(""), ZenStackRelationNaming.withoutIdSuffix(name), name);
                checked++;
            }
        }
        assertEquals(stems.length * endings.length, checked);
        assertEquals("author", ZenStackRelationNaming.withoutIdSuffix("authorId"));
        assertEquals("userid", ZenStackRelationNaming.withoutIdSuffix("userid"));
    }

    @Test
    void relationRoles() {
        assertEquals(new ZenStackRelationNaming.Role("author", true), ZenStackRelationNaming.role(List.of("authorId")));
        assertEquals(
                new ZenStackRelationNaming.Role("author", true), ZenStackRelationNaming.role(List.of("author_id")));
        assertEquals(new ZenStackRelationNaming.Role("Author", true), ZenStackRelationNaming.role(List.of("AuthorID")));
        assertEquals(new ZenStackRelationNaming.Role("author", false), ZenStackRelationNaming.role(List.of("author")));
        assertEquals(new ZenStackRelationNaming.Role("paid", false), ZenStackRelationNaming.role(List.of("paid")));
        assertEquals(new ZenStackRelationNaming.Role("userid", false), ZenStackRelationNaming.role(List.of("userid")));
        assertEquals(new ZenStackRelationNaming.Role("id", false), ZenStackRelationNaming.role(List.of("id")));
        assertEquals(
                new ZenStackRelationNaming.Role("user", true),
                ZenStackRelationNaming.role(List.of("userOrg", "userCode")));
        assertEquals(
                new ZenStackRelationNaming.Role("user", true),
                ZenStackRelationNaming.role(List.of("user_org", "user_code")));
        assertEquals(
                new ZenStackRelationNaming.Role("org", false), ZenStackRelationNaming.role(List.of("org", "code")));
        assertEquals(
                new ZenStackRelationNaming.Role("user", true),
                ZenStackRelationNaming.role(List.of("userOrg", "userOrganisation")),
                "the last common word boundary");
        assertEquals(
                new ZenStackRelationNaming.Role("tenant", false),
                ZenStackRelationNaming.role(List.of("tenant", "tenantId")),
                "no boundary in every name");
        assertEquals(new ZenStackRelationNaming.Role("abc", false), ZenStackRelationNaming.role(List.of("abc", "abd")));
    }

    private static RelationSet.Model m(String name) {
        return new RelationSet.Model(name, name);
    }

    @Test
    void zenstackRelationNames() {
        RelationSet set = new RelationSet(
                List.of(
                        new RelationSet.Inline(m("Post"), m("User"), List.of("authorId"), false),
                        new RelationSet.Inline(m("Message"), m("User"), List.of("senderId"), false),
                        new RelationSet.Inline(m("Message"), m("User"), List.of("recipientId"), false),
                        new RelationSet.Inline(m("Profile"), m("User"), List.of("user"), true),
                        new RelationSet.Inline(m("User"), m("User"), List.of("manager"), false),
                        new RelationSet.Inline(m("Post"), m("Category"), List.of("category_ref"), false)),
                List.of(
                        new RelationSet.ManyToMany(m("Category"), m("Post"), "_CategoryToPost"),
                        new RelationSet.ManyToMany(m("Person"), m("Person"), "_Friends")),
                Map.of("Profile", Set.of("id", "user")));
        RelationNaming.Result r = new ZenStackRelationNaming(Casing.CAMEL).name(set);
        assertEquals(new RelationNames(null, "author", "posts"), r.inline().get(0));
        assertEquals(
                new RelationNames("MessageSender", "sender", "messagesAsSender"),
                r.inline().get(1));
        assertEquals(
                new RelationNames("MessageRecipient", "recipient", "messagesAsRecipient"),
                r.inline().get(2));
        assertEquals(
                new RelationNames(null, "userRelation", "profile"), r.inline().get(3));
        assertEquals(
                new RelationNames("UserManager", "managerUser", "usersAsManager"),
                r.inline().get(4));
        assertEquals(
                new RelationNames("PostCategoryRef", "categoryRefCategory", "postsAsCategoryRef"),
                r.inline().get(5),
                "the inline relation shares the pair with a many-to-many relation, so it is named");
        assertEquals(
                new RelationNames("CategoryToPost", "posts", "categories"),
                r.manyToMany().get(0),
                "named because another relation links the pair");
        assertEquals(
                new RelationNames("Friends", "peopleA", "peopleB"),
                r.manyToMany().get(1));

        RelationNaming.Result snake = new ZenStackRelationNaming(Casing.SNAKE)
                .name(new RelationSet(
                        List.of(
                                new RelationSet.Inline(m("Message"), m("User"), List.of("sender_id"), false),
                                new RelationSet.Inline(m("Message"), m("User"), List.of("recipient_id"), false),
                                new RelationSet.Inline(m("OrderItem"), m("Order"), List.of("order_id"), false)),
                        List.of(),
                        Map.of()));
        assertEquals(
                new RelationNames("MessageSender", "sender", "messages_as_sender"),
                snake.inline().get(0));
        assertEquals(
                new RelationNames(null, "order", "order_items"), snake.inline().get(2));
    }

    @Test
    void prismaRelationNames() {
        RelationSet set = new RelationSet(
                List.of(
                        new RelationSet.Inline(m("Post"), m("User"), List.of("author"), false),
                        new RelationSet.Inline(m("Post"), m("User"), List.of("favoritedBy"), false),
                        new RelationSet.Inline(m("Profile"), m("User"), List.of("user"), true),
                        new RelationSet.Inline(m("user"), m("user"), List.of("manager"), false),
                        new RelationSet.Inline(m("x"), m("y"), List.of("y"), false)),
                List.of(
                        new RelationSet.ManyToMany(m("category"), m("post"), "_categoryTopost"),
                        new RelationSet.ManyToMany(m("person"), m("person"), "_Friends"),
                        new RelationSet.ManyToMany(m("A"), m("B"), "_AToB")),
                Map.of());
        RelationNaming.Result r = new PrismaRelationNaming().name(set);
        assertEquals(
                new RelationNames("Post_authorToUser", "User_Post_authorToUser", "Post_Post_authorToUser"),
                r.inline().get(0));
        assertEquals(
                new RelationNames(
                        "Post_favoritedByToUser", "User_Post_favoritedByToUser", "Post_Post_favoritedByToUser"),
                r.inline().get(1));
        assertEquals(new RelationNames(null, "User", "Profile"), r.inline().get(2));
        assertEquals(
                new RelationNames("userTouser", "user", "other_user"),
                r.inline().get(3));
        assertEquals(
                new RelationNames("x_yToy", "y_x_yToy", "x_x_yToy"), r.inline().get(4));
        assertEquals(new RelationNames(null, "post", "category"), r.manyToMany().get(0));
        assertEquals(
                new RelationNames("Friends", "person_A", "person_B"),
                r.manyToMany().get(1));
        assertEquals(new RelationNames(null, "B", "A"), r.manyToMany().get(2));
    }
}
