package dev.zmodel.pull;

import dev.zmodel.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random SQL schemas per dialect for the pull ⇄ model agreement law ({@link PullModelAgreementRandomTest}):
 * 10–30 tables of a made-up product ({@link RandomConcepts}: users, organizations, orders, invoices, audit logs…)
 * named in one convention ({@link RandomStyle}), with the spellings where pull and model have disagreed: default
 * spellings with and without casts, array defaults, identity/serial/AUTO_INCREMENT/rowid keys, enums (PostgreSQL
 * enum types, some in a second schema {@code app}; MySQL inline), lengths and precisions, composite keys, foreign
 * keys with actions and self references (to keys, to unique emails and slugs, one-to-one), unique constraints and
 * indexes, DESC, NULLS FIRST/LAST, GIN, FULLTEXT and prefix indexes, quoted mixed-case names and names with spaces
 * or dashes, tables without a key, views, what ZModel leaves to the database (checks, partial and expression
 * indexes, comments, triggers), and rows.
 * The same provider and seed always give the same script. Domains are lower-case only: mixed-case PostgreSQL
 * domains are left out (ZModel cannot express them yet).
 */
final class RandomDatabases {
    private RandomDatabases() {}

    static String script(Provider provider, long seed) {
        Random random = new Random(seed * 1_000_003L + provider.ordinal());
        RandomStyle style = RandomStyle.values()[random.nextInt(RandomStyle.values().length)];
        boolean app = provider == Provider.POSTGRESQL && random.nextInt(3) == 0;
        RandomDialect dialect = RandomDialect.of(provider, random, style, app);
        int count = 10 + random.nextInt(21);
        List<RandomTable> tables = new RandomPlanner(dialect, app).plan(count);
        List<String> header = new ArrayList<>();
        header.add("Random " + provider.id() + " schema, seed " + seed + " (RandomDatabases): " + tables.size()
                + " tables, " + style.name().toLowerCase() + " names.");
        if (app) {
            header.add("schemas: app, public");
        }
        return new RandomDdl(dialect).script(header, tables);
    }
}
