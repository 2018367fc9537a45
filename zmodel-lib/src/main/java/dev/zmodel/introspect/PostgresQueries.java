package dev.zmodel.introspect;

/**
 * The PostgreSQL catalog queries: one bulk query per object kind for all requested schemas (bound as a
 * {@code text[]} parameter), never one per table. Names are of type {@code name}, which sorts by byte order
 * ({@code "C"} collation), so the {@code ORDER BY}s give the model's canonical order.
 */
final class PostgresQueries {
    private PostgresQueries() {}

    /**
     * The requested schemas with the role's USAGE privilege, and (rows with an extension name in the fourth column)
     * the database's extensions with their schemas but {@code plpgsql}, which every database has.
     */
    static final String SCHEMAS = """
            SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE'), current_user, NULL::text
            FROM pg_catalog.pg_namespace n
            WHERE n.nspname = ANY (?)
            UNION ALL
            SELECT en.nspname, NULL, NULL, e.extname::text
            FROM pg_catalog.pg_extension e
            JOIN pg_catalog.pg_namespace en ON en.oid = e.extnamespace
            WHERE e.extname <> 'plpgsql'
            """;

    /**
     * Tables and views. Column 9: the tables a table inherits from ({@code schema.name}, in inheritance order), NULL
     * when there are none — an empty array on every row would cost the driver an array decode per table; gathered
     * from {@code pg_inherits} once and joined, not looked up per table (~10 ms of a fresh backend at 1,000 tables).
     */
    static final String RELATIONS = """
            SELECT n.nspname, c.relname, c.relkind, c.relispartition, c.relhassubclass, c.relrowsecurity,
                   d.description,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END,
                   inh.parents,
                   CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN (SELECT i.inhrelid,
                              pg_catalog.array_agg(pn.nspname || '.' || pc.relname ORDER BY i.inhseqno) AS parents
                       FROM pg_catalog.pg_inherits i
                       JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
                       JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                       GROUP BY i.inhrelid) inh ON inh.inhrelid = c.oid
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm')
            ORDER BY n.nspname, c.relname
            """;

    /**
     * Every column of every relation, unordered (a sort of the wide rows spills to disk on big schemas; the
     * reader orders by {@code attnum}). Defaults are deparsed without their relation (relation 0): a default
     * cannot reference columns, and opening each relation costs more than the rest of the query; generated
     * columns, which do reference columns, get theirs. A column of a domain (or an array of one) also gets the
     * domain's base type and type modifier (columns 18–22), resolved through domains over domains and over arrays
     * (column 23: the array dimensions the domain adds, {@code text[]} → 1). Column 24: the column's default uses a
     * standalone sequence, one no column owns, or (on a partition) the sequence of its partitioned table's column;
     * looked up only for a default that calls {@code nextval} somewhere in its stored expression tree (a fresh
     * backend paid ~20 ms at 1,000 tables to probe {@code pg_depend} for every default).
     * Column 16: a collation other than the type's, by name when built in ({@code pg_catalog}), else qualified and
     * quoted ({@code "musicbrainz"."musicbrainz"}): the DDL must name its schema.
     */
    static final String COLUMNS = """
            WITH RECURSIVE domain_chain (oid, base, typmod, dims) AS (
                SELECT t.oid, t.typbasetype, t.typtypmod, 0 FROM pg_catalog.pg_type t WHERE t.typtype = 'd'
                UNION ALL
                SELECT d.oid, CASE WHEN b.typtype = 'd' THEN b.typbasetype ELSE b.typelem END,
                       CASE WHEN d.typmod = -1 AND b.typtype = 'd' THEN b.typtypmod ELSE d.typmod END,
                       d.dims + CASE WHEN b.typtype = 'd' THEN 0 ELSE 1 END
                FROM domain_chain d JOIN pg_catalog.pg_type b ON b.oid = d.base
                WHERE b.typtype = 'd' OR (b.typcategory = 'A' AND b.typelem <> 0 AND b.typlen = -1)
            ), domain_base AS (
                SELECT d.oid, d.base, d.typmod, d.dims FROM domain_chain d JOIN pg_catalog.pg_type b ON b.oid = d.base
                WHERE b.typtype <> 'd' AND NOT (b.typcategory = 'A' AND b.typelem <> 0 AND b.typlen = -1)
            )
            SELECT n.nspname, c.relname, a.attname, a.attnotnull, a.attndims, a.atttypmod,
                   pg_catalog.format_type(a.atttypid, a.atttypmod),
                   coalesce(et.typname, t.typname), coalesce(et.typtype, t.typtype), coalesce(etn.nspname, tn.nspname),
                   et.oid IS NOT NULL,
                   pg_catalog.pg_get_expr(ad.adbin, CASE WHEN a.attgenerated <> '' THEN ad.adrelid ELSE 0 END),
                   a.attidentity, a.attgenerated, d.description,
                   CASE WHEN a.attcollation <> t.typcollation
                        THEN CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname
                                  ELSE '"' || replace(cn.nspname, '"', '""') || '"."'
                                       || replace(co.collname, '"', '""') || '"' END END, a.attnum,
                   bt.typname, bt.typtype, btn.nspname, db.typmod, pg_catalog.format_type(bt.oid, db.typmod), db.dims,
                   ad.oid IS NOT NULL
                   AND ad.adbin::text LIKE '%{FUNCEXPR :funcid '
                       || 'pg_catalog.nextval(pg_catalog.regclass)'::pg_catalog.regprocedure::oid || ' %'
                   AND EXISTS (
                       SELECT 1 FROM pg_catalog.pg_depend dd
                       JOIN pg_catalog.pg_class s ON s.oid = dd.refobjid AND s.relkind = 'S'
                       WHERE dd.classid = 'pg_catalog.pg_attrdef'::regclass AND dd.objid = ad.oid
                         AND dd.refclassid = 'pg_catalog.pg_class'::regclass
                         AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend own
                                         WHERE own.classid = 'pg_catalog.pg_class'::regclass AND own.objid = s.oid
                                           AND own.deptype IN ('a', 'i')
                                           AND NOT (c.relispartition AND own.refobjid IN (
                                               SELECT pa.relid FROM pg_catalog.pg_partition_ancestors(c.oid) pa))))
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_type et ON t.typcategory = 'A' AND t.typelem <> 0 AND et.oid = t.typelem
            LEFT JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
            LEFT JOIN domain_base db ON coalesce(et.typtype, t.typtype) = 'd' AND db.oid = coalesce(et.oid, t.oid)
            LEFT JOIN pg_catalog.pg_type bt ON bt.oid = db.base
            LEFT JOIN pg_catalog.pg_namespace btn ON btn.oid = bt.typnamespace
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
            """;

    /**
     * Primary keys, unique, foreign-key, check and exclusion constraints. Foreign keys that PostgreSQL clones
     * onto the referencing table for each partition of a referenced partitioned table are skipped (the parent
     * constraint already describes them). Key columns come as attribute numbers ({@code conkey},
     * {@code confkey}) and are named from the columns already read; only for a table in a schema that is not
     * read are the referenced column names looked up here (the schemas are bound twice).
     */
    static final String CONSTRAINTS = """
            SELECT n.nspname, c.relname, con.conname, con.contype, con.condeferrable, con.condeferred,
                   pg_catalog.array_to_string(con.conkey, ','), fn.nspname, fc.relname,
                   pg_catalog.array_to_string(con.confkey, ','), con.confupdtype, con.confdeltype,
                   CASE con.contype WHEN 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid)
                                    WHEN 'x' THEN pg_catalog.pg_get_constraintdef(con.oid, true) END,
                   CASE WHEN con.contype = 'f' AND NOT fn.nspname = ANY (?) THEN
                        ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                              JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                              ORDER BY k.ord) END,
                   con.confmatchtype = 'f'
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND con.contype IN ('p', 'u', 'f', 'c', 'x')
              AND NOT (con.contype = 'f' AND con.conparentid <> 0 AND EXISTS (
                    SELECT 1 FROM pg_catalog.pg_constraint parent
                    WHERE parent.oid = con.conparentid AND parent.conrelid = con.conrelid))
            ORDER BY n.nspname, c.relname, con.conname
            """;

    /**
     * One row per key part of every index except primary keys and exclusion constraints. A column part comes as its
     * attribute number (column 7), named from the columns already read, as constraint keys are: joining
     * {@code pg_attribute} again would scan all of it once more, which a new backend pays in full. Expressions are
     * printed only for expression parts ({@code indkey = 0}); {@code int2vector}/{@code oidvector} subscripts
     * start at 0. {@code %s} is {@code ix.indnullsnotdistinct} on PostgreSQL 15+, {@code false} before.
     */
    static final String INDEXES = """
            SELECT n.nspname, t.relname, i.relname, ix.indisunique, am.amname,
                   pg_catalog.pg_get_expr(ix.indpred, ix.indrelid),
                   ix.indkey[k.pos - 1],
                   CASE WHEN ix.indkey[k.pos - 1] = 0 THEN pg_catalog.pg_get_indexdef(ix.indexrelid, k.pos, false) END,
                   ix.indoption[k.pos - 1], CASE WHEN NOT opc.opcdefault THEN opc.opcname END,
                   con.contype, coalesce(con.condeferrable, false), %s
            FROM pg_catalog.pg_index ix
            JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid
            JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_catalog.pg_am am ON am.oid = i.relam
            CROSS JOIN LATERAL generate_series(1, ix.indnkeyatts) AS k(pos)
            LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = ix.indclass[k.pos - 1]
            LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid
                                                  AND con.contype IN ('p', 'u', 'x')
            WHERE n.nspname = ANY (?) AND t.relkind IN ('r', 'p') AND NOT ix.indisprimary
              AND (con.contype IS NULL OR con.contype = 'u')
            ORDER BY n.nspname, t.relname, i.relname, k.pos
            """;

    static final String ENUMS = """
            SELECT n.nspname, t.typname, e.enumlabel, d.description
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?) AND t.typtype = 'e'
            ORDER BY n.nspname, t.typname, e.enumsortorder
            """;

    /**
     * What ZModel cannot express and db pull names: functions and procedures (with their argument types), triggers
     * users created (not the internal ones of foreign keys, not the clones on partitions; timing and events in the
     * order {@code pg_get_triggerdef} prints them), sequences no column owns, foreign tables
     * (with their server), covering indexes (with their {@code INCLUDE} columns), indexes with storage options (with
     * the options) and table storage settings (unlogged, storage options, a replica identity other than the
     * default, columns' storage, compression and statistics target; the settings are the object's name).
     * {@code {COMPRESSION}} is {@code a.attcompression} on PostgreSQL 14+, {@code NULL} before.
     * Objects of extensions are the extension's.
     */
    static final String STORED_OBJECTS = """
            SELECT x.kind, x.schema, x.name, x.tbl, x.timing FROM (
              SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END AS kind, n.nspname AS schema,
                     p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' AS name,
                     NULL::text AS tbl, NULL::text AS timing
              FROM pg_catalog.pg_proc p
              JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
              WHERE p.prokind IN ('f', 'p')
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_proc'::regclass
                                AND e.objid = p.oid AND e.deptype = 'e')
              UNION ALL
              SELECT 'TRIGGER', n.nspname, t.tgname, c.relname,
                     CASE WHEN t.tgtype & 2 <> 0 THEN 'BEFORE' WHEN t.tgtype & 64 <> 0 THEN 'INSTEAD OF' ELSE 'AFTER' END
                     || ' ' || concat_ws(' OR ', CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' END,
                                         CASE WHEN t.tgtype & 8 <> 0 THEN 'DELETE' END,
                                         CASE WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' END,
                                         CASE WHEN t.tgtype & 32 <> 0 THEN 'TRUNCATE' END)
              FROM pg_catalog.pg_trigger t
              JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE NOT t.tgisinternal
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_trigger'::regclass
                                AND d.objid = t.oid AND d.deptype IN ('P', 'e'))
              UNION ALL
              SELECT 'SEQUENCE', n.nspname, c.relname, NULL, NULL
              FROM pg_catalog.pg_sequence s
              JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                                AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
              UNION ALL
              SELECT 'FOREIGN_TABLE', n.nspname, c.relname, NULL, 'SERVER ' || pg_catalog.quote_ident(fs.srvname)
              FROM pg_catalog.pg_foreign_table ft
              JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver
              WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                                AND d.objid = c.oid AND d.deptype = 'e')
              UNION ALL
              SELECT 'COVERING_INDEX', n.nspname, i.relname, c.relname,
                     'INCLUDE (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY k.ord)
                                     FROM pg_catalog.unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                                     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                                     WHERE k.ord > x.indnkeyatts) || ')'
              FROM pg_catalog.pg_index x
              JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              JOIN pg_catalog.pg_class c ON c.oid = x.indrelid AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE x.indnatts > x.indnkeyatts
              UNION ALL
              SELECT 'INDEX_STORAGE', n.nspname, i.relname, c.relname,
                     'WITH (' || pg_catalog.array_to_string(i.reloptions, ', ') || ')'
              FROM pg_catalog.pg_index x
              JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              JOIN pg_catalog.pg_class c ON c.oid = x.indrelid AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              WHERE i.reloptions IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                                AND d.objid = c.oid AND d.deptype = 'e')
              UNION ALL
              SELECT 'TABLE_STORAGE', n.nspname,
                     pg_catalog.concat_ws(', ', CASE WHEN c.relpersistence = 'u' THEN 'UNLOGGED' END,
                         'WITH (' || pg_catalog.array_to_string(c.reloptions, ', ') || ')',
                         'TOAST WITH (' || pg_catalog.array_to_string(tc.reloptions, ', ') || ')',
                         CASE c.relreplident WHEN 'f' THEN 'REPLICA IDENTITY FULL'
                                             WHEN 'n' THEN 'REPLICA IDENTITY NOTHING'
                                             WHEN 'i' THEN 'REPLICA IDENTITY USING INDEX' END,
                         (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' ' || s.setting, ', '
                                                       ORDER BY a.attnum, s.ord)
                          FROM pg_catalog.pg_attribute a
                          JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                          CROSS JOIN LATERAL (VALUES
                              (1, CASE WHEN a.attstorage <> t.typstorage THEN 'STORAGE '
                                       || CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL'
                                                            WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END END),
                              (2, CASE {COMPRESSION} WHEN 'p' THEN 'COMPRESSION pglz' WHEN 'l' THEN 'COMPRESSION lz4' END),
                              (3, CASE WHEN a.attstattarget >= 0 THEN 'STATISTICS ' || a.attstattarget END)) s(ord, setting)
                          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND s.setting IS NOT NULL)),
                     c.relname, NULL
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
              WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                AND (c.relpersistence = 'u' OR c.reloptions IS NOT NULL OR tc.reloptions IS NOT NULL
                     OR c.relreplident NOT IN ('d') OR EXISTS (
                         SELECT 1 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                           AND (a.attstorage <> t.typstorage OR a.attstattarget >= 0
                                OR {COMPRESSION} IN ('p', 'l'))))
                AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                                AND d.objid = c.oid AND d.deptype = 'e')
            ) x
            WHERE x.schema = ANY (?)
            ORDER BY x.kind, x.schema, x.name, x.tbl
            """;
}
