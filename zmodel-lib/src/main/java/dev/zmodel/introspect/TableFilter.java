package dev.zmodel.introspect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which tables and views are returned: never migration bookkeeping tables, in any case (Liquibase's
 * {@code DATABASECHANGELOG} and {@code DATABASECHANGELOGLOCK}, Prisma's {@code _prisma_migrations}, Flyway's default
 * {@code flyway_schema_history}); then the {@code include} globs (none: everything) and the {@code exclude} globs.
 * System schemas and {@code sqlite_*} tables are filtered by the catalog queries themselves. Flyway's table name is
 * configurable; only the default is known here, others are left to {@code exclude}.
 */
public final class TableFilter {
    private static final Set<String> BOOKKEEPING =
            Set.of("databasechangelog", "databasechangeloglock", "_prisma_migrations", "flyway_schema_history");

    private final List<Glob> include;
    private final List<Glob> exclude;

    private TableFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(Glob::new).toList();
        this.exclude = exclude.stream().map(Glob::new).toList();
    }

    static TableFilter of(IntrospectionOptions options) {
        return of(options.include(), options.exclude());
    }

    /** The filter introspection applies for these globs (also used by db pull to know what was read). */
    public static TableFilter of(List<String> include, List<String> exclude) {
        return new TableFilter(include, exclude);
    }

    static boolean isBookkeeping(String table) {
        return BOOKKEEPING.contains(table.toLowerCase(Locale.ROOT));
    }

    /**
     * @param namespace PostgreSQL schema, MySQL database name or SQLite {@code main}; matched by patterns that
     *                  contain a dot
     */
    public boolean accepts(String namespace, String table) {
        if (isBookkeeping(table)) {
            return false;
        }
        if (!include.isEmpty() && include.stream().noneMatch(g -> g.matches(namespace, table))) {
            return false;
        }
        return exclude.stream().noneMatch(g -> g.matches(namespace, table));
    }

    /** A glob with {@code *} (any run of characters) and {@code ?} (one character); everything else literal. */
    private static final class Glob {
        private final Pattern pattern;
        private final boolean qualified;

        Glob(String glob) {
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*' || c == '?') {
                    if (literal.length() > 0) {
                        regex.append(Pattern.quote(literal.toString()));
                        literal.setLength(0);
                    }
                    regex.append(c == '*' ? ".*" : ".");
                } else {
                    literal.append(c);
                }
            }
            if (literal.length() > 0) {
                regex.append(Pattern.quote(literal.toString()));
            }
            this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
            this.qualified = glob.indexOf('.') >= 0;
        }

        boolean matches(String namespace, String table) {
            String subject = qualified ? (namespace == null ? "" : namespace) + "." + table : table;
            return pattern.matcher(subject).matches();
        }
    }
}
