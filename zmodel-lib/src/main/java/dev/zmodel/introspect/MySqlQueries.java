package dev.zmodel.introspect;

/**
 * The MySQL/MariaDB {@code information_schema} queries: one per object kind for the whole database (bound as a
 * parameter). Rows are ordered with {@code BINARY} so that names differing only in case never interleave.
 */
final class MySqlQueries {
    private MySqlQueries() {}

    static final String CURRENT_DATABASE = "SELECT DATABASE()";

    /**
     * Tables, views with their definitions and MariaDB sequences. VIEWS is read through a derived table bound to the
     * database: joined directly, MariaDB scans the views of every database on the server. The database is bound
     * twice. {@code CREATE_OPTIONS} says {@code partitioned} for a partitioned table (MySQL 8 and MariaDB). Column 7:
     * a base table's storage settings, empty when it has none: an engine other than the server's, create options,
     * and a default collation other than the database's and than {@code utf8mb4_unicode_ci}, which every table a
     * migration creates states (so it is no setting of the table's own). Sequences and storage settings come with
     * the tables rather than in {@link #STORED_OBJECTS}: each scan of {@code TABLES} opens every table's definition
     * again once there are more tables than the server's definition cache holds.
     */
    static final String TABLES = """
            SELECT t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_COMMENT, t.TABLE_COLLATION, v.VIEW_DEFINITION, t.CREATE_OPTIONS,
                   CAST(CONCAT_WS(', ',
                       IF(t.ENGINE <> @@default_storage_engine, CONCAT('ENGINE=', t.ENGINE), NULL),
                       IF(t.TABLE_COLLATION NOT IN (s.DEFAULT_COLLATION_NAME, 'utf8mb4_unicode_ci'),
                          CONCAT('COLLATE ', t.TABLE_COLLATION), NULL),
                       NULLIF(TRIM(REPLACE(t.CREATE_OPTIONS, 'partitioned', '')), ''),
                       IF(t.TABLE_TYPE = 'SYSTEM VERSIONED', 'WITH SYSTEM VERSIONING', NULL)) AS CHAR)
            FROM information_schema.TABLES t
            JOIN information_schema.SCHEMATA s ON s.SCHEMA_NAME = t.TABLE_SCHEMA
            LEFT JOIN (SELECT DISTINCT TABLE_NAME, VIEW_DEFINITION
                       FROM information_schema.VIEWS
                       WHERE TABLE_SCHEMA = ?) v ON v.TABLE_NAME = t.TABLE_NAME
            WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW', 'SEQUENCE')
            ORDER BY BINARY t.TABLE_NAME
            """;

    static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
                   NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, COLUMN_TYPE, EXTRA, COLUMN_COMMENT,
                   GENERATION_EXPRESSION, COLLATION_NAME
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = ?
            ORDER BY BINARY TABLE_NAME, ORDINAL_POSITION
            """;

    /** {@code %s} is {@code EXPRESSION} on MySQL 8.0.13+, {@code NULL} elsewhere. */
    static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, %s
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = ?
            ORDER BY BINARY TABLE_NAME, BINARY INDEX_NAME, SEQ_IN_INDEX
            """;

    /**
     * Foreign-key rules, one row per key. Read apart from {@link #FOREIGN_KEY_COLUMNS} and joined in memory by table
     * and constraint name: joined in SQL, MariaDB materialises both {@code information_schema} tables into temporary
     * tables that go to disk in a large database (at 20,000 tables the joined query took 0.5–1.2 s more than the two
     * read apart; at 10,000 they cost the same).
     */
    static final String FOREIGN_KEY_RULES = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
            FROM information_schema.REFERENTIAL_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            """;

    /** Foreign-key columns in key order; their rules come from {@link #FOREIGN_KEY_RULES}. */
    static final String FOREIGN_KEY_COLUMNS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME,
                   REFERENCED_COLUMN_NAME
            FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
            ORDER BY BINARY TABLE_NAME, BINARY CONSTRAINT_NAME, ORDINAL_POSITION
            """;

    /**
     * MariaDB: check names are per table and CHECK_CONSTRAINTS has TABLE_NAME; LEVEL (10.5.10+) tells a column's check
     * from a table's. The fourth column is that LEVEL.
     */
    static final String CHECKS_MARIADB = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL
            FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            ORDER BY BINARY TABLE_NAME, BINARY CONSTRAINT_NAME
            """;

    /** MariaDB before 10.5.10: no LEVEL; every check is read as the table's. */
    static final String CHECKS_MARIADB_WITHOUT_LEVEL = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, NULL
            FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            ORDER BY BINARY TABLE_NAME, BINARY CONSTRAINT_NAME
            """;

    /** MySQL 8.0.16+: check names are unique per schema; the table comes from TABLE_CONSTRAINTS. */
    static final String CHECKS_MYSQL = """
            SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, NULL
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.CHECK_CONSTRAINTS cc
              ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK'
            ORDER BY BINARY tc.TABLE_NAME, BINARY cc.CONSTRAINT_NAME
            """;

    /**
     * What ZModel cannot express and db pull names: stored functions and procedures, triggers (timing and event) and
     * events of the current database (sequences and storage settings come with {@link #TABLES}).
     */
    static final String STORED_OBJECTS = """
            SELECT CAST(ROUTINE_TYPE AS CHAR), CAST(ROUTINE_NAME AS CHAR), CAST(NULL AS CHAR), CAST(NULL AS CHAR)
            FROM information_schema.ROUTINES
            WHERE ROUTINE_SCHEMA = ? AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
            UNION ALL
            SELECT 'TRIGGER', CAST(TRIGGER_NAME AS CHAR), CAST(EVENT_OBJECT_TABLE AS CHAR),
                   CAST(CONCAT(ACTION_TIMING, ' ', EVENT_MANIPULATION) AS CHAR)
            FROM information_schema.TRIGGERS
            WHERE TRIGGER_SCHEMA = ?
            UNION ALL
            SELECT 'EVENT', CAST(EVENT_NAME AS CHAR), NULL, NULL
            FROM information_schema.EVENTS
            WHERE EVENT_SCHEMA = ?
            ORDER BY 1, 2
            """;
}
