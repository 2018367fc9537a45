package dev.zmodel.introspect;

/**
 * Which MySQL-protocol server is being read, and the catalog differences that follow. Only MariaDB is
 * exercised by this project's tests (no MySQL 8 server is available to them); the MySQL 8 branches follow the
 * MySQL 8.0 reference manual.
 *
 * @param mariaDb true for MariaDB
 * @param major   server major version
 * @param minor   server minor version
 * @param patch   server patch version
 */
record MySqlFlavor(boolean mariaDb, int major, int minor, int patch) {

    static MySqlFlavor of(ConnectionDescription database) {
        int[] v = {0, 0, 0};
        String number = database.productVersion() == null ? "" : database.productVersion();
        String[] parts = number.split("\\.");
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                v[i] = 0;
            }
        }
        return new MySqlFlavor(database.isMariaDb(), v[0], v[1], v[2]);
    }

    private boolean atLeast(int ma, int mi, int pa) {
        return major != ma ? major > ma : minor != mi ? minor > mi : patch >= pa;
    }

    /** MySQL 8.0.13+ functional key parts: {@code STATISTICS.EXPRESSION}. MariaDB has no such column. */
    boolean hasIndexExpressions() {
        return !mariaDb && atLeast(8, 0, 13);
    }

    /** {@code information_schema.CHECK_CONSTRAINTS}: MariaDB 10.2.22+ (with TABLE_NAME), MySQL 8.0.16+ (without). */
    boolean hasCheckConstraints() {
        return mariaDb ? atLeast(10, 2, 22) : atLeast(8, 0, 16);
    }

    /**
     * {@code CHECK_CONSTRAINTS.LEVEL} ({@code Column} or {@code Table}): MariaDB 10.5.10+. MySQL 8 makes every check a
     * table's.
     */
    boolean hasCheckLevel() {
        return mariaDb && atLeast(10, 5, 10);
    }

    /**
     * MariaDB prints literal defaults as SQL ({@code 'abc'}, {@code NULL}); MySQL prints the bare value
     * ({@code abc}) and flags expression defaults with {@code DEFAULT_GENERATED} in {@code EXTRA}.
     */
    boolean quotesLiteralDefaults() {
        return mariaDb;
    }

    /** MariaDB's {@code JSON} is a {@code LONGTEXT} with a {@code json_valid(col)} check. */
    boolean jsonIsLongtext() {
        return mariaDb;
    }
}
