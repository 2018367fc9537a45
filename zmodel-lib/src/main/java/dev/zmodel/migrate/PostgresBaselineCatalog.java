package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.liquibase.ChangelogEntry;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: bulk catalog queries over the schemas the introspection read (extensions are the differ's, from
 * the introspected schema). Carried as SQL: domains ({@code CREATE DOMAIN} with collation, default, NOT NULL and
 * checks), composite and range types, sequences no column owns, functions and procedures
 * ({@code pg_get_functiondef}, created with {@code check_function_bodies} off; those whose signature or SQL-standard
 * body uses a table after the tables, the others before them), the attachment of partitions to their partitioned
 * tables, aggregates, views and materialized views with their options and indexes ({@code pg_get_viewdef}, in
 * dependency order), rules ({@code pg_get_ruledef}), triggers ({@code pg_get_triggerdef}, with their enabled state),
 * row-level security and policies, collations (first of all), extended statistics, aggregates of every kind, event
 * triggers, foreign tables with their servers (never a credential), and the comments of objects other than tables and
 * columns; and after the tables, what the differ creates otherwise: inheritance, table and index storage options,
 * unlogged tables, covering indexes and defaults drawing from another column's sequence. Objects that belong to
 * an extension are the extension's. Everything else user-defined the baseline does not recreate is named in
 * {@link BaselineObjects#notCarried()}.
 */
final class PostgresBaselineCatalog implements BaselineCatalog {
    private static final Dialect DIALECT = Dialect.of(Provider.POSTGRESQL);

    /** The object {@code objid} of catalog {@code classid} belongs to an extension. */
    /** The keyword {@code SET STORAGE} takes for a {@code pg_attribute.attstorage}/{@code pg_type.typstorage} code. */
    private static final String STORAGE_NAME =
            "CASE %s WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END";

    private static final String IN_EXTENSION = "EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = %s "
            + "AND e.objid = %s AND e.deptype = 'e')";

    /** The servers of the foreign tables in the schemas read (servers belong to the database, not to a schema). */
    static final String SERVERS_OF_FOREIGN_TABLES = "SELECT ft.ftserver FROM pg_catalog.pg_foreign_table ft "
            + "JOIN pg_catalog.pg_class fc ON fc.oid = ft.ftrelid "
            + "JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace WHERE fn.nspname = ANY (?)";

    /** A server option that holds a credential: never carried, never printed (its name only). */
    static final String CREDENTIAL_OPTION = "pass|secret|token|key|credential";

    /**
     * Collations ({@code CREATE COLLATION}): provider, the locale ({@code colliculocale}, {@code colllocale} from
     * PostgreSQL 17, read as JSON so one query serves every version), {@code LC_COLLATE}/{@code LC_CTYPE} of libc
     * ones, whether deterministic, ICU tailoring rules (PostgreSQL 16).
     */
    static final String COLLATIONS =
            """
            SELECT n.nspname, co.collname, co.collprovider::text, co.collisdeterministic, co.collcollate,
                   co.collctype,
                   coalesce(pg_catalog.to_jsonb(co) ->> 'colllocale', pg_catalog.to_jsonb(co) ->> 'colliculocale'),
                   pg_catalog.to_jsonb(co) ->> 'collicurules'
            FROM pg_catalog.pg_collation co
            JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
            WHERE n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, co.collname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_collation'::regclass", "co.oid"));

    /**
     * Extended statistics as {@code pg_get_statisticsobjdef} prints them, with a statistics target other than the
     * default ({@code -1} up to PostgreSQL 16, null from 17).
     */
    static final String STATISTICS =
            """
            SELECT n.nspname, s.stxname, pg_catalog.pg_get_statisticsobjdef(s.oid),
                   pg_catalog.to_jsonb(s) ->> 'stxstattarget'
            FROM pg_catalog.pg_statistic_ext s
            JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
            WHERE n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, s.stxname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_statistic_ext'::regclass", "s.oid"));

    /**
     * Event triggers (of the database, not of a schema) whose function is in a schema read: event, tags, function,
     * enabled state.
     */
    static final String EVENT_TRIGGERS =
            """
            SELECT ev.evtname, ev.evtevent,
                   pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname),
                   ev.evtenabled::text, ev.evttags
            FROM pg_catalog.pg_event_trigger ev
            JOIN pg_catalog.pg_proc p ON p.oid = ev.evtfoid
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ANY (?) AND NOT %s
            ORDER BY ev.evtname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_event_trigger'::regclass", "ev.oid"));

    /** The servers of the foreign tables read: wrapper, type, version, options (option=value). */
    static final String FOREIGN_SERVERS = """
            SELECT s.srvname, w.fdwname, s.srvtype, s.srvversion, s.srvoptions
            FROM pg_catalog.pg_foreign_server s
            JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
            WHERE s.oid IN (%s)
            ORDER BY s.srvname
            """.formatted(SERVERS_OF_FOREIGN_TABLES);

    /**
     * Foreign tables: server, table options, each column as {@code CREATE FOREIGN TABLE} declares it (type, column
     * options, a collation other than the type's, default, {@code NOT NULL}) and the checks.
     */
    static final String FOREIGN_TABLES =
            """
            SELECT n.nspname, c.relname, s.srvname,
                   ARRAY(SELECT pg_catalog.quote_ident(pg_catalog.split_part(o, '=', 1)) || ' '
                                || pg_catalog.quote_literal(pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1))
                         FROM pg_catalog.unnest(ft.ftoptions) o),
                   ARRAY(SELECT pg_catalog.quote_ident(a.attname) || ' '
                                || pg_catalog.format_type(a.atttypid, a.atttypmod)
                                || coalesce(' OPTIONS (' || (
                                       SELECT pg_catalog.string_agg(
                                                  pg_catalog.quote_ident(pg_catalog.split_part(o, '=', 1)) || ' '
                                                  || pg_catalog.quote_literal(
                                                         pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1)), ', ')
                                       FROM pg_catalog.unnest(a.attfdwoptions) o) || ')', '')
                                || CASE WHEN a.attcollation <> t.typcollation
                                        THEN ' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.'
                                             || pg_catalog.quote_ident(co.collname) ELSE '' END
                                || coalesce(' DEFAULT ' || pg_catalog.pg_get_expr(d.adbin, d.adrelid), '')
                                || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                         FROM pg_catalog.pg_attribute a
                         JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                         LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                         LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                         LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                         ORDER BY a.attnum),
                   ARRAY(SELECT 'CONSTRAINT ' || pg_catalog.quote_ident(k.conname) || ' '
                                || pg_catalog.pg_get_constraintdef(k.oid)
                         FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c'
                         ORDER BY k.conname)
            FROM pg_catalog.pg_foreign_table ft
            JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
            WHERE n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, c.relname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "c.oid"));

    /**
     * Domains: base type, collation, default, {@code NOT NULL} and named checks; {@code uses_function} when a check
     * calls a function (the domain is then created after the functions that need no table); the domain its base type
     * is, or is an array of (created first).
     */
    static final String DOMAINS = """
            SELECT n.nspname, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod), t.typnotnull,
                   t.typdefault,
                   CASE WHEN t.typcollation <> bt.typcollation
                        THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END,
                   ARRAY(SELECT 'CONSTRAINT ' || pg_catalog.quote_ident(c.conname) || ' '
                                || pg_catalog.pg_get_constraintdef(c.oid)
                         FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'
                         ORDER BY c.conname),
                   EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c
                           JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_constraint'::regclass
                                                      AND d.objid = c.oid
                                                      AND d.refclassid = 'pg_catalog.pg_proc'::regclass
                           WHERE c.contypid = t.oid),
                   (SELECT dn.nspname || '.' || d.typname FROM pg_catalog.pg_type d
                    JOIN pg_catalog.pg_namespace dn ON dn.oid = d.typnamespace
                    WHERE d.typtype = 'd' AND d.oid IN (bt.oid, bt.typelem))
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
            LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
            WHERE t.typtype = 'd' AND n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, t.typname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_type'::regclass", "t.oid"));

    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                              AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
            ORDER BY n.nspname, c.relname
            """;

    /**
     * Functions and procedures, not those a type creates with itself (a range type's constructors); {@code
     * after_tables} when a type of its signature is a relation's row type or its
     * (SQL-standard) body depends on a relation.
     */
    static final String FUNCTIONS = """
            SELECT n.nspname, p.proname, p.prokind, pg_catalog.pg_get_functiondef(p.oid),
                   (pg_catalog.pg_identify_object('pg_catalog.pg_proc'::regclass, p.oid, 0)).identity,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                           LEFT JOIN pg_catalog.pg_type t ON d.refclassid = 'pg_catalog.pg_type'::regclass
                                                          AND t.oid = d.refobjid
                           WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                             AND (d.refclassid = 'pg_catalog.pg_class'::regclass OR t.typrelid <> 0))
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ANY (?) AND p.prokind IN ('f', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_catalog.pg_proc'::regclass
                              AND i.objid = p.oid AND i.deptype = 'i')
              AND NOT %s
            ORDER BY n.nspname, p.proname, p.oid
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_proc'::regclass", "p.oid"));

    /** Views and materialized views, with the views and materialized views each one reads. */
    static final String VIEWS = """
            SELECT n.nspname, c.relname, c.relkind, pg_catalog.pg_get_viewdef(c.oid, true), c.reloptions,
                   ARRAY(SELECT DISTINCT rn.nspname || '.' || r.relname
                         FROM pg_catalog.pg_rewrite rw
                         JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass
                                                    AND d.objid = rw.oid
                                                    AND d.refclassid = 'pg_catalog.pg_class'::regclass
                         JOIN pg_catalog.pg_class r ON r.oid = d.refobjid AND r.relkind IN ('v', 'm') AND r.oid <> c.oid
                         JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
                         WHERE rw.ev_class = c.oid),
                   ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid)
                         FROM pg_catalog.pg_index i
                         JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                         WHERE i.indrelid = c.oid
                         ORDER BY ic.relname)
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('v', 'm')
              AND NOT %s
            ORDER BY n.nspname, c.relname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "c.oid"));

    /** Triggers users created (not the internal ones of foreign keys, not the clones on partitions). */
    static final String TRIGGERS = """
            SELECT n.nspname, c.relname, t.tgname, pg_catalog.pg_get_triggerdef(t.oid, false), t.tgenabled
            FROM pg_catalog.pg_trigger t
            JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND NOT t.tgisinternal
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend p WHERE p.classid = 'pg_catalog.pg_trigger'::regclass
                              AND p.objid = t.oid AND p.deptype = 'P')
              AND NOT %s
            ORDER BY n.nspname, c.relname, t.tgname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_trigger'::regclass", "t.oid"));

    /**
     * Composite types with their attributes ({@code format_type}, a collation other than the type's) and range types
     * with their subtype, operator class, collation, canonical and difference functions and multirange name; each
     * with the composite, range and domain types it uses (created first).
     */
    static final String TYPES = """
            SELECT n.nspname, t.typname, t.typtype,
                   ARRAY(SELECT pg_catalog.quote_ident(a.attname) || ' '
                                || pg_catalog.format_type(a.atttypid, a.atttypmod)
                                || CASE WHEN a.attcollation <> at.typcollation
                                        THEN ' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.'
                                             || pg_catalog.quote_ident(co.collname) ELSE '' END
                         FROM pg_catalog.pg_attribute a
                         JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
                         LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                         LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
                         ORDER BY a.attnum),
                   pg_catalog.format_type(r.rngsubtype, NULL),
                   (SELECT pg_catalog.quote_ident(on_.nspname) || '.' || pg_catalog.quote_ident(oc.opcname)
                    FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_namespace on_ ON on_.oid = oc.opcnamespace
                    WHERE oc.oid = r.rngsubopc AND NOT oc.opcdefault),
                   (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                    FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                    WHERE co.oid = r.rngcollation AND r.rngcollation <> st.typcollation),
                   CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::text END,
                   CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::text END,
                   (SELECT pg_catalog.quote_ident(mn.nspname) || '.' || pg_catalog.quote_ident(m.typname)
                    FROM pg_catalog.pg_type m JOIN pg_catalog.pg_namespace mn ON mn.oid = m.typnamespace
                    WHERE m.oid = r.rngmultitypid),
                   ARRAY(SELECT DISTINCT dn.nspname || '.' || d.typname
                         FROM pg_catalog.pg_type d JOIN pg_catalog.pg_namespace dn ON dn.oid = d.typnamespace
                         WHERE d.typtype IN ('c', 'r', 'd') AND d.oid <> t.oid
                           AND (d.oid = r.rngsubtype
                                OR d.oid IN (SELECT a.atttypid FROM pg_catalog.pg_attribute a
                                             WHERE a.attrelid = t.typrelid AND a.attnum > 0)
                                OR d.typarray IN (SELECT a.atttypid FROM pg_catalog.pg_attribute a
                                                  WHERE a.attrelid = t.typrelid AND a.attnum > 0)))
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
            LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
            LEFT JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
            WHERE n.nspname = ANY (?) AND (c.relkind = 'c' OR t.typtype = 'r') AND NOT %s
            ORDER BY n.nspname, t.typname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_type'::regclass", "t.oid"));

    /**
     * Tables with row-level security enabled or forced, and every policy: permissive or restrictive, command, roles
     * ({@code 0} is {@code PUBLIC}), {@code USING} and {@code WITH CHECK} as the catalog prints them.
     */
    static final String ROW_SECURITY =
            """
            SELECT n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity, NULL, NULL, NULL, NULL, NULL, NULL
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND (c.relrowsecurity OR c.relforcerowsecurity) AND NOT %1$s
            UNION ALL
            SELECT n.nspname, c.relname, NULL, NULL, pol.polname, pol.polpermissive::text, pol.polcmd::text,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(ro.rolname) END
                         FROM pg_catalog.unnest(pol.polroles) WITH ORDINALITY AS u(r, i)
                         LEFT JOIN pg_catalog.pg_roles ro ON ro.oid = u.r ORDER BY u.i),
                   pg_catalog.pg_get_expr(pol.polqual, pol.polrelid),
                   pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid)
            FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND NOT %1$s
            ORDER BY 1, 2, 5 NULLS FIRST
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "c.oid"));

    /**
     * Aggregates of every kind, with the {@code CREATE AGGREGATE} options that differ from their defaults; the
     * functions and operators are printed qualified where the search path needs it ({@code regproc},
     * {@code regoperator}). Ordered-set and hypothetical-set aggregates ({@code aggkind} o, h) take their direct
     * arguments before {@code ORDER BY} (as the identity arguments print them), default to a READ_WRITE final
     * function and are marked {@code HYPOTHETICAL}.
     */
    static final String AGGREGATES = """
            SELECT n.nspname, (pg_catalog.pg_identify_object('pg_catalog.pg_proc'::regclass, p.oid, 0)).identity,
                   pg_catalog.pg_get_function_identity_arguments(p.oid),
                   ARRAY_REMOVE(ARRAY[
                     'SFUNC = ' || a.aggtransfn::pg_catalog.regproc,
                     'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
                     CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
                     CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::pg_catalog.regproc END,
                     CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
                     CASE WHEN a.aggfinalfn <> 0
                               AND a.aggfinalmodify <> CASE a.aggkind WHEN 'n' THEN 'r' ELSE 'w' END
                          THEN 'FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY'
                                                      WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                     CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::pg_catalog.regproc END,
                     CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::pg_catalog.regproc END,
                     CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::pg_catalog.regproc END,
                     CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
                     CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::pg_catalog.regproc
                          || ', MINVFUNC = ' || a.aggminvtransfn::pg_catalog.regproc
                          || ', MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
                     CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
                     CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::pg_catalog.regproc END,
                     CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
                     CASE WHEN a.aggmfinalfn <> 0 AND a.aggmfinalmodify <> 'r' THEN 'MFINALFUNC_MODIFY = '
                          || CASE a.aggmfinalmodify WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                     CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = '
                          || pg_catalog.quote_literal(a.aggminitval) END,
                     CASE WHEN a.aggsortop <> 0 THEN 'SORTOP = OPERATOR('
                          || pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname || ')' END,
                     CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END,
                     CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END
                   ], NULL)
            FROM pg_catalog.pg_aggregate a
            JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            LEFT JOIN pg_catalog.pg_operator o ON o.oid = a.aggsortop
            LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
            WHERE n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, p.proname, p.oid
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_proc'::regclass", "p.oid"));

    /** Partitions with their parent and bound ({@code FOR VALUES …} or {@code DEFAULT}). */
    static final String PARTITIONS = """
            SELECT n.nspname, c.relname, pn.nspname, p.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid)
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_inherits i ON i.inhrelid = c.oid
            JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            WHERE c.relispartition AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, c.relname
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "c.oid"));

    /** Rules on tables and views (not the {@code _RETURN} rule that is a view's definition). */
    static final String RULES = """
            SELECT n.nspname, c.relname, r.rulename, pg_catalog.pg_get_ruledef(r.oid, true), r.ev_enabled::text
            FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN' AND n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, c.relname, r.rulename
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "c.oid"));

    /**
     * Comments of everything but tables and table columns (CREATE TABLE carries those): schemas, types, views and
     * their columns, functions, triggers, sequences, indexes, constraints, collations, statistics, event triggers
     * (of a function in a schema read), foreign tables and their columns. {@code identity} is the quoted name
     * {@code COMMENT ON} takes ({@code public.f(integer)}, {@code trg on public.t}); a trigger, policy or rule has no
     * schema of its own there, its table's counts.
     */
    static final String COMMENTS = """
            SELECT o.type, o.identity, d.description
            FROM pg_catalog.pg_description d
            CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classoid, d.objoid, d.objsubid) o
            WHERE (coalesce(o.schema, (SELECT n.nspname FROM pg_catalog.pg_trigger t
                                       JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                                       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                                       WHERE d.classoid = 'pg_catalog.pg_trigger'::regclass AND t.oid = d.objoid),
                           (SELECT n.nspname FROM pg_catalog.pg_policy p
                            JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
                            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                            WHERE d.classoid = 'pg_catalog.pg_policy'::regclass AND p.oid = d.objoid),
                           (SELECT n.nspname FROM pg_catalog.pg_rewrite r
                            JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                            WHERE d.classoid = 'pg_catalog.pg_rewrite'::regclass AND r.oid = d.objoid),
                           (SELECT n.nspname FROM pg_catalog.pg_event_trigger ev
                            JOIN pg_catalog.pg_proc p ON p.oid = ev.evtfoid
                            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                            WHERE d.classoid = 'pg_catalog.pg_event_trigger'::regclass AND ev.oid = d.objoid))
                   = ANY (?) OR (o.type = 'schema' AND o.identity = ANY (?)))
              AND o.type IN ('schema', 'type', 'view', 'materialized view', 'view column', 'materialized view column',
                             'composite type column', 'function', 'aggregate', 'policy', 'rule', 'procedure', 'trigger', 'sequence', 'index', 'table constraint',
                             'collation', 'statistics object', 'event trigger', 'foreign table', 'foreign table column')
              AND NOT (o.type = 'schema' AND o.identity = 'public' AND d.description = 'standard public schema')
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = d.classoid AND e.objid = d.objoid
                              AND e.deptype = 'e')
            ORDER BY o.type, o.identity
            """;

    /**
     * An index the baseline recreates from {@code pg_get_indexdef} (the differ creates it with its key columns only):
     * one of an ordinary table, not attached to a partitioned index, with no constraint of its own or of a foreign key
     * depending on it (which would block dropping it).
     */
    private static final String REBUILT_INDEX = "t.relkind = 'r' AND NOT t.relispartition AND NOT i.relispartition "
            + "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.oid)";

    /**
     * Tables that are unlogged, have storage options (their own, their TOAST table's), inherit from other tables
     * (not as partitions), have a replica identity other than the default or columns with their own storage,
     * compression or statistics target: persistence, options, TOAST options, parents in {@code INHERITS} order
     * (quoted), the other tables whose foreign keys reference it, the replica identity clause, and the columns'
     * {@code ALTER COLUMN … SET …} clauses with the clauses that set them back. {@code {COMPRESSION}} is
     * {@code a.attcompression} on PostgreSQL 14+, {@code NULL} before.
     */
    static final String TABLE_TRAITS = """
            SELECT n.nspname, c.relname, c.relpersistence = 'u', c.reloptions, tc.reloptions,
                   ARRAY(SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.relname)
                         FROM pg_catalog.pg_inherits i
                         JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                         JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                         WHERE i.inhrelid = c.oid AND NOT c.relispartition
                         ORDER BY i.inhseqno),
                   ARRAY(SELECT DISTINCT rn.nspname || '.' || r.relname
                         FROM pg_catalog.pg_constraint k
                         JOIN pg_catalog.pg_class r ON r.oid = k.conrelid
                         JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
                         WHERE k.contype = 'f' AND k.confrelid = c.oid AND k.conrelid <> c.oid),
                   CASE c.relreplident WHEN 'f' THEN 'REPLICA IDENTITY FULL' WHEN 'n' THEN 'REPLICA IDENTITY NOTHING'
                       WHEN 'i' THEN 'REPLICA IDENTITY USING INDEX '
                           || (SELECT pg_catalog.quote_ident(ri.relname) FROM pg_catalog.pg_index rx
                               JOIN pg_catalog.pg_class ri ON ri.oid = rx.indexrelid
                               WHERE rx.indrelid = c.oid AND rx.indisreplident) END,
                   ARRAY(SELECT 'ALTER COLUMN ' || pg_catalog.quote_ident(a.attname) || ' SET ' || s.setting
                         FROM pg_catalog.pg_attribute a
                         JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                         CROSS JOIN LATERAL (VALUES
                             (1, CASE WHEN a.attstorage <> t.typstorage THEN 'STORAGE ' || %2$s END,
                              'STORAGE ' || %3$s),
                             (2, CASE {COMPRESSION} WHEN 'p' THEN 'COMPRESSION pglz' WHEN 'l' THEN 'COMPRESSION lz4' END,
                              'COMPRESSION DEFAULT'),
                             (3, CASE WHEN a.attstattarget >= 0 THEN 'STATISTICS ' || a.attstattarget END,
                              'STATISTICS -1')) s(ord, setting, reset)
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND s.setting IS NOT NULL
                         ORDER BY a.attnum, s.ord),
                   ARRAY(SELECT 'ALTER COLUMN ' || pg_catalog.quote_ident(a.attname) || ' SET ' || s.reset
                         FROM pg_catalog.pg_attribute a
                         JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                         CROSS JOIN LATERAL (VALUES
                             (1, a.attstorage <> t.typstorage, 'STORAGE ' || %3$s),
                             (2, {COMPRESSION} IN ('p', 'l'), 'COMPRESSION DEFAULT'),
                             (3, a.attstattarget >= 0, 'STATISTICS -1')) s(ord, differs, reset)
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND s.differs
                         ORDER BY a.attnum, s.ord)
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT %1$s
              AND (c.relpersistence = 'u' OR c.reloptions IS NOT NULL OR tc.reloptions IS NOT NULL
                   OR (NOT c.relispartition
                       AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid))
                   OR c.relreplident NOT IN ('d')
                   OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                AND (a.attstorage <> t.typstorage OR a.attstattarget >= 0
                                     OR {COMPRESSION} IN ('p', 'l'))))
            ORDER BY n.nspname, c.relname
            """.formatted(
                    IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "c.oid"),
                    STORAGE_NAME.formatted("a.attstorage"),
                    STORAGE_NAME.formatted("t.typstorage"));

    /**
     * Indexes of tables with storage options or {@code INCLUDE} columns: definition, options, and whether the
     * baseline recreates it from its definition (a covering index of {@link #REBUILT_INDEX}) instead of setting the
     * options on the index the differ creates.
     */
    static final String INDEX_TRAITS =
            """
            SELECT n.nspname, i.relname, pg_catalog.pg_get_indexdef(i.oid), i.reloptions,
                   x.indnatts > x.indnkeyatts AND %1$s
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_class t ON t.oid = x.indrelid AND t.relkind IN ('r', 'p')
            JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
            WHERE n.nspname = ANY (?) AND NOT %2$s
              AND ((x.indnatts > x.indnkeyatts AND %1$s) OR i.reloptions IS NOT NULL)
            ORDER BY n.nspname, i.relname
            """.formatted(REBUILT_INDEX, IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "t.oid"));

    /**
     * Integer columns whose default draws from a sequence another column owns (introspection reads them as
     * autoincrement, which the differ creates as a serial of their own), with the default as the catalog prints it.
     */
    static final String SHARED_SEQUENCE_DEFAULTS =
            """
            SELECT n.nspname, c.relname, a.attname, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
            FROM pg_catalog.pg_attrdef ad
            JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid AND c.relkind IN ('r', 'p')
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
            WHERE n.nspname = ANY (?) AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) LIKE 'nextval(%%'
              AND pg_catalog.pg_get_serial_sequence(pg_catalog.quote_ident(n.nspname) || '.'
                  || pg_catalog.quote_ident(c.relname), a.attname) IS NULL
              AND EXISTS (SELECT 1 FROM pg_catalog.pg_depend dd
                          JOIN pg_catalog.pg_depend own ON own.classid = 'pg_catalog.pg_class'::regclass
                                                       AND own.objid = dd.refobjid AND own.deptype IN ('a', 'i')
                          WHERE dd.classid = 'pg_catalog.pg_attrdef'::regclass AND dd.objid = ad.oid
                            AND dd.refclassid = 'pg_catalog.pg_class'::regclass
                            AND NOT (c.relispartition AND own.refobjid IN (
                                SELECT pa.relid FROM pg_catalog.pg_partition_ancestors(c.oid) pa)))
              AND NOT %s
            ORDER BY n.nspname, c.relname, a.attnum
            """.formatted(IN_EXTENSION.formatted("'pg_catalog.pg_class'::regclass", "c.oid"));

    /**
     * What the baseline does not recreate, as (kind, name): covering indexes it cannot rebuild (see
     * {@link #REBUILT_INDEX}), event triggers whose function is in a schema not read, and of the foreign tables'
     * servers the user mappings, the options holding a credential and a foreign-data wrapper no extension creates.
     */
    static final String NOT_CARRIED = """
            SELECT kind, name FROM (
              SELECT 'covering index (INCLUDE) of a constraint or a partitioned table' AS kind,
                     n.nspname || '.' || i.relname AS name
              FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              JOIN pg_catalog.pg_class t ON t.oid = x.indrelid AND t.relkind IN ('r', 'p')
              JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace
              WHERE n.nspname = ANY (?) AND x.indnatts > x.indnkeyatts AND NOT (%1$s)
              UNION ALL
              SELECT 'event trigger of a function outside the schemas read', ev.evtname
              FROM pg_catalog.pg_event_trigger ev JOIN pg_catalog.pg_proc p ON p.oid = ev.evtfoid
              JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
              WHERE NOT n.nspname = ANY (?) AND NOT %2$s
              UNION ALL
              SELECT 'user mapping', um.usename || ' for server ' || um.srvname
              FROM pg_catalog.pg_user_mappings um
              WHERE um.srvid IN (%3$s)
              UNION ALL
              SELECT 'server option holding a credential', s.srvname || '.' || pg_catalog.split_part(o, '=', 1)
              FROM pg_catalog.pg_foreign_server s CROSS JOIN LATERAL pg_catalog.unnest(s.srvoptions) o
              WHERE s.oid IN (%3$s) AND pg_catalog.split_part(o, '=', 1) ~* '%4$s'
              UNION ALL
              SELECT 'foreign-data wrapper outside an extension', w.fdwname
              FROM pg_catalog.pg_foreign_data_wrapper w
              WHERE w.oid IN (SELECT s.srvfdw FROM pg_catalog.pg_foreign_server s WHERE s.oid IN (%3$s))
                AND NOT %5$s
            ) x
            ORDER BY kind, name
            """.formatted(
                    REBUILT_INDEX,
                    IN_EXTENSION.formatted("'pg_catalog.pg_event_trigger'::regclass", "ev.oid"),
                    SERVERS_OF_FOREIGN_TABLES,
                    CREDENTIAL_OPTION,
                    IN_EXTENSION.formatted("'pg_catalog.pg_foreign_data_wrapper'::regclass", "w.oid"));

    @Override
    public BaselineObjects read(Connection connection, DatabaseSchema schema) throws SQLException {
        List<String> schemas = schema.namespaces();
        List<ChangelogEntry.Sql> beforeTables = new ArrayList<>(sequences(connection, schemas));
        List<ChangelogEntry.Sql> afterTables = new ArrayList<>(partitions(connection, schemas));
        List<String> tablesNotCarried = new ArrayList<>();
        afterTables.addAll(tableTraits(connection, schemas, tablesNotCarried));
        afterTables.addAll(indexTraits(connection, schemas));
        afterTables.addAll(sharedSequenceDefaults(connection, schemas));
        List<ChangelogEntry.Sql> domainsAfterFunctions = new ArrayList<>();
        domains(connection, schemas, beforeTables, domainsAfterFunctions);
        functions(connection, schemas, beforeTables, afterTables);
        beforeTables.addAll(domainsAfterFunctions);
        beforeTables.addAll(types(connection, schemas));
        afterTables.addAll(aggregates(connection, schemas));
        afterTables.addAll(foreignTables(connection, schemas));
        afterTables.addAll(views(connection, schemas));
        afterTables.addAll(statistics(connection, schemas));
        afterTables.addAll(rules(connection, schemas));
        afterTables.addAll(triggers(connection, schemas));
        afterTables.addAll(eventTriggers(connection, schemas));
        afterTables.addAll(rowSecurity(connection, schemas));
        afterTables.addAll(comments(connection, schemas));
        tablesNotCarried.addAll(notCarried(connection, schemas));
        return new BaselineObjects(collations(connection, schemas), beforeTables, afterTables, tablesNotCarried);
    }

    private static String q(String identifier) {
        return DIALECT.quote(identifier);
    }

    private static String q(String schema, String name) {
        return q(schema) + "." + q(name);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private record DomainDef(String key, ChangelogEntry.Sql sql, Set<String> dependsOn, boolean usesFunction) {}

    /**
     * {@code CREATE DOMAIN}: the tables' columns are declared with their domains (the introspected type names it), so
     * the domains come before the tables, a domain over another domain after that one; one whose check calls a
     * function (and those over it) goes to {@code afterFunctions}.
     */
    private static void domains(
            Connection c,
            List<String> schemas,
            List<ChangelogEntry.Sql> beforeFunctions,
            List<ChangelogEntry.Sql> afterFunctions)
            throws SQLException {
        List<DomainDef> domains = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(DOMAINS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = q(rs.getString(1), rs.getString(2));
                    StringBuilder sql = new StringBuilder("CREATE DOMAIN " + name + " AS " + rs.getString(3));
                    if (rs.getString(6) != null) {
                        sql.append(" COLLATE ").append(rs.getString(6));
                    }
                    if (rs.getString(5) != null) {
                        sql.append(" DEFAULT ").append(rs.getString(5));
                    }
                    if (rs.getBoolean(4)) {
                        sql.append(" NOT NULL");
                    }
                    strings(rs.getArray(7)).forEach(check -> sql.append(' ').append(check));
                    ChangelogEntry.Sql entry = new ChangelogEntry.Sql(
                            "Create domain `" + rs.getString(1) + "." + rs.getString(2) + "`",
                            List.of(sql.toString()),
                            List.of("DROP DOMAIN " + name));
                    String base = rs.getString(9);
                    domains.add(new DomainDef(
                            rs.getString(1) + "." + rs.getString(2),
                            entry,
                            base == null ? Set.of() : Set.of(base),
                            rs.getBoolean(8)));
                }
            }
        }
        Set<String> afterFunction = new java.util.HashSet<>();
        for (DomainDef d : BaselineCatalog.dependenciesFirst(domains, DomainDef::key, DomainDef::dependsOn)) {
            boolean after = d.usesFunction() || d.dependsOn().stream().anyMatch(afterFunction::contains);
            if (after) {
                afterFunction.add(d.key());
            }
            (after ? afterFunctions : beforeFunctions).add(d.sql());
        }
    }

    private static List<ChangelogEntry.Sql> sequences(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SEQUENCES)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = q(rs.getString(1), rs.getString(2));
                    String sql = "CREATE SEQUENCE " + name + " AS " + rs.getString(3) + " INCREMENT BY "
                            + rs.getLong(5) + " MINVALUE " + rs.getLong(6) + " MAXVALUE " + rs.getLong(7)
                            + " START WITH " + rs.getLong(4) + " CACHE " + rs.getLong(8)
                            + (rs.getBoolean(9) ? " CYCLE" : " NO CYCLE");
                    out.add(new ChangelogEntry.Sql(
                            "Create sequence `" + rs.getString(1) + "." + rs.getString(2) + "`",
                            List.of(sql),
                            List.of("DROP SEQUENCE " + name)));
                }
            }
        }
        return out;
    }

    private static void functions(
            Connection c,
            List<String> schemas,
            List<ChangelogEntry.Sql> beforeTables,
            List<ChangelogEntry.Sql> afterTables)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FUNCTIONS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    boolean procedure = "p".equals(rs.getString(3));
                    String identity = rs.getString(5);
                    String kind = procedure ? "procedure" : "function";
                    // the body is checked when it runs, as pg_dump does: a function may use tables or functions
                    // created after it
                    ChangelogEntry.Sql sql = new ChangelogEntry.Sql(
                            "Create " + kind + " `" + identity + "`",
                            List.of(
                                    "SET LOCAL check_function_bodies = false",
                                    rs.getString(4).strip()),
                            List.of("DROP " + kind.toUpperCase(java.util.Locale.ROOT) + " " + identity));
                    (rs.getBoolean(6) ? afterTables : beforeTables).add(sql);
                }
            }
        }
    }

    private record ViewDef(String key, ChangelogEntry.Sql sql, Set<String> dependsOn) {}

    private static List<ChangelogEntry.Sql> views(Connection c, List<String> schemas) throws SQLException {
        List<ViewDef> views = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(VIEWS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String schema = rs.getString(1);
                    String name = rs.getString(2);
                    boolean materialized = "m".equals(rs.getString(3));
                    String definition = stripSemicolon(rs.getString(4));
                    List<String> options = strings(rs.getArray(5));
                    String kind = materialized ? "MATERIALIZED VIEW" : "VIEW";
                    List<String> statements = new ArrayList<>();
                    statements.add("CREATE " + kind + " " + q(schema, name)
                            + (options.isEmpty() || materialized ? "" : " WITH (" + String.join(", ", options) + ")")
                            + " AS\n" + definition);
                    statements.addAll(strings(rs.getArray(7)));
                    views.add(new ViewDef(
                            schema + "." + name,
                            new ChangelogEntry.Sql(
                                    "Create " + (materialized ? "materialized view" : "view") + " `" + schema + "."
                                            + name + "`",
                                    statements,
                                    List.of("DROP " + kind + " " + q(schema, name))),
                            new LinkedHashSet<>(strings(rs.getArray(6)))));
                }
            }
        }
        return BaselineCatalog.dependenciesFirst(views, ViewDef::key, ViewDef::dependsOn).stream()
                .map(ViewDef::sql)
                .toList();
    }

    private static List<ChangelogEntry.Sql> triggers(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(TRIGGERS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(onTable(rs, "TRIGGER", rs.getString(4)));
                }
            }
        }
        return out;
    }

    private record TypeDef(String key, ChangelogEntry.Sql sql, Set<String> dependsOn) {}

    /**
     * {@code CREATE TYPE … AS (…)} and {@code CREATE TYPE … AS RANGE (…)}, after the domains and before the tables
     * whose columns use them, each after the types it uses.
     */
    private static List<ChangelogEntry.Sql> types(Connection c, List<String> schemas) throws SQLException {
        List<TypeDef> types = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(TYPES)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "." + rs.getString(2);
                    String name = q(rs.getString(1), rs.getString(2));
                    boolean range = "r".equals(rs.getString(3));
                    String sql;
                    if (range) {
                        List<String> options = new ArrayList<>();
                        options.add("SUBTYPE = " + rs.getString(5));
                        optional(options, "SUBTYPE_OPCLASS", rs.getString(6));
                        optional(options, "COLLATION", rs.getString(7));
                        optional(options, "CANONICAL", rs.getString(8));
                        optional(options, "SUBTYPE_DIFF", rs.getString(9));
                        optional(options, "MULTIRANGE_TYPE_NAME", rs.getString(10));
                        sql = "CREATE TYPE " + name + " AS RANGE (" + String.join(", ", options) + ")";
                    } else {
                        sql = "CREATE TYPE " + name + " AS (" + String.join(", ", strings(rs.getArray(4))) + ")";
                    }
                    types.add(new TypeDef(
                            key,
                            new ChangelogEntry.Sql(
                                    "Create " + (range ? "range" : "composite") + " type `" + key + "`",
                                    List.of(sql),
                                    List.of("DROP TYPE " + name)),
                            new LinkedHashSet<>(strings(rs.getArray(11)))));
                }
            }
        }
        return BaselineCatalog.dependenciesFirst(types, TypeDef::key, TypeDef::dependsOn).stream()
                .map(TypeDef::sql)
                .toList();
    }

    private static void optional(List<String> options, String option, String value) {
        if (value != null) {
            options.add(option + " = " + value);
        }
    }

    /**
     * {@code ALTER TABLE <parent> ATTACH PARTITION <partition> <bound>}, right after the tables: the differ creates
     * the partitioned table {@code PARTITION BY} its key and each partition as a table with its own columns, keys and
     * indexes, which the attachment binds to the parent's (as {@code pg_dump} does); the parent's triggers and foreign
     * keys are cloned onto it then.
     */
    private static List<ChangelogEntry.Sql> partitions(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PARTITIONS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String partition = q(rs.getString(1), rs.getString(2));
                    String parent = q(rs.getString(3), rs.getString(4));
                    out.add(new ChangelogEntry.Sql(
                            "Attach partition `" + rs.getString(1) + "." + rs.getString(2) + "` to `" + rs.getString(3)
                                    + "." + rs.getString(4) + "`",
                            List.of("ALTER TABLE " + parent + " ATTACH PARTITION " + partition + " " + rs.getString(5)),
                            List.of("ALTER TABLE " + parent + " DETACH PARTITION " + partition)));
                }
            }
        }
        return out;
    }

    private record UnloggedTable(String key, String name, Set<String> referencedBy) {}

    /**
     * Right after the tables and partition attachments: {@code ALTER TABLE … INHERIT} each parent in order (the
     * child already has the parent's columns, NOT NULLs and checks by the same names, as {@code INHERIT} requires),
     * {@code ALTER TABLE … SET (…)} for the table's and its TOAST table's storage options, its replica identity, its
     * columns' storage, compression and statistics targets, and {@code SET UNLOGGED}.
     * A permanent table cannot reference an unlogged one, so a table is made unlogged after every table referencing
     * it; unlogged tables referencing each other in a cycle cannot be ordered so, and are named in
     * {@code notCarried} with the tables they reference (which stay permanent too).
     */
    private static List<ChangelogEntry.Sql> tableTraits(Connection c, List<String> schemas, List<String> notCarried)
            throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        List<UnloggedTable> unlogged = new ArrayList<>();
        String sql = TABLE_TRAITS.replace(
                "{COMPRESSION}",
                c.getMetaData().getDatabaseMajorVersion() >= 14 ? "a.attcompression" : "NULL::\"char\"");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "." + rs.getString(2);
                    String table = q(rs.getString(1), rs.getString(2));
                    List<String> parents = strings(rs.getArray(6));
                    if (!parents.isEmpty()) {
                        out.add(new ChangelogEntry.Sql(
                                "Set inheriting table `" + key + "` from `" + String.join("`, `", parents) + "`",
                                parents.stream()
                                        .map(p -> "ALTER TABLE " + table + " INHERIT " + p)
                                        .toList(),
                                parents.stream()
                                        .map(p -> "ALTER TABLE " + table + " NO INHERIT " + p)
                                        .toList()));
                    }
                    List<String> options = new ArrayList<>(options(strings(rs.getArray(4)), ""));
                    options.addAll(options(strings(rs.getArray(5)), "toast."));
                    if (!options.isEmpty()) {
                        out.add(new ChangelogEntry.Sql(
                                "Set table options `" + key + "`",
                                List.of("ALTER TABLE " + table + " SET (" + String.join(", ", options) + ")"),
                                List.of("ALTER TABLE " + table + " RESET (" + String.join(", ", optionNames(options))
                                        + ")")));
                    }
                    String identity = rs.getString(8);
                    if (identity != null) {
                        out.add(new ChangelogEntry.Sql(
                                "Set replica identity `" + key + "`",
                                List.of("ALTER TABLE " + table + " " + identity),
                                List.of("ALTER TABLE " + table + " REPLICA IDENTITY DEFAULT")));
                    }
                    List<String> columnSettings = strings(rs.getArray(9));
                    if (!columnSettings.isEmpty()) {
                        out.add(new ChangelogEntry.Sql(
                                "Set column storage `" + key + "`",
                                List.of("ALTER TABLE " + table + " " + String.join(", ", columnSettings)),
                                List.of("ALTER TABLE " + table + " " + String.join(", ", strings(rs.getArray(10))))));
                    }
                    if (rs.getBoolean(3)) {
                        unlogged.add(new UnloggedTable(key, table, new LinkedHashSet<>(strings(rs.getArray(7)))));
                    }
                }
            }
        }
        List<UnloggedTable> ordered =
                BaselineCatalog.dependenciesFirst(unlogged, UnloggedTable::key, UnloggedTable::referencedBy);
        Set<String> keys = new LinkedHashSet<>();
        unlogged.forEach(u -> keys.add(u.key()));
        // in a cycle some table comes before a table referencing it; it stays permanent, and so does every table it
        // references (a permanent table cannot reference an unlogged one)
        Set<String> stuck = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (UnloggedTable u : ordered) {
            if (u.referencedBy().stream().anyMatch(r -> keys.contains(r) && !seen.contains(r) && !r.equals(u.key()))) {
                stuck.add(u.key());
            }
            seen.add(u.key());
        }
        boolean grew = !stuck.isEmpty();
        while (grew) {
            grew = false;
            for (UnloggedTable u : ordered) {
                if (!stuck.contains(u.key()) && u.referencedBy().stream().anyMatch(stuck::contains)) {
                    grew = stuck.add(u.key()) || grew;
                }
            }
        }
        for (UnloggedTable u : ordered) {
            if (stuck.contains(u.key())) {
                notCarried.add("unlogged table in a foreign-key cycle `" + u.key() + "`"
                        + consequence("unlogged table in a foreign-key cycle"));
            } else {
                out.add(new ChangelogEntry.Sql(
                        "Set unlogged table `" + u.key() + "`",
                        List.of("ALTER TABLE " + u.name() + " SET UNLOGGED"),
                        List.of("ALTER TABLE " + u.name() + " SET LOGGED")));
            }
        }
        return out;
    }

    /**
     * Storage options as {@code SET (…)} takes them, from {@code reloptions} entries ({@code name=value}), the value
     * quoted as a literal (as {@code pg_dump} does), the name with {@code prefix} ({@code toast.} for a TOAST table's).
     */
    private static List<String> options(List<String> reloptions, String prefix) {
        return reloptions.stream()
                .map(o -> {
                    int eq = o.indexOf('=');
                    return prefix + o.substring(0, eq) + "=" + literal(o.substring(eq + 1));
                })
                .toList();
    }

    private static List<String> optionNames(List<String> options) {
        return options.stream().map(o -> o.substring(0, o.indexOf('='))).toList();
    }

    /**
     * After the tables: a covering index the differ created with its key columns only is dropped and created again
     * from {@code pg_get_indexdef} ({@code INCLUDE} columns and options with it); any other index with storage options
     * gets them with {@code ALTER INDEX … SET (…)}. Introspection reads neither, so later migrations keep the index.
     */
    private static List<ChangelogEntry.Sql> indexTraits(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(INDEX_TRAITS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "." + rs.getString(2);
                    String index = q(rs.getString(1), rs.getString(2));
                    if (rs.getBoolean(5)) {
                        out.add(new ChangelogEntry.Sql(
                                "Recreate covering index `" + key + "`",
                                List.of("DROP INDEX IF EXISTS " + index, rs.getString(3)),
                                List.of("DROP INDEX " + index)));
                    } else {
                        List<String> options = options(strings(rs.getArray(4)), "");
                        out.add(new ChangelogEntry.Sql(
                                "Set index options `" + key + "`",
                                List.of("ALTER INDEX " + index + " SET (" + String.join(", ", options) + ")"),
                                List.of("ALTER INDEX " + index + " RESET (" + String.join(", ", optionNames(options))
                                        + ")")));
                    }
                }
            }
        }
        return out;
    }

    /**
     * After the tables: a column drawing from another column's sequence, which the differ created as a serial of its
     * own, gets the original default, and the sequence the differ made for it is dropped (found by its ownership, so
     * whatever name PostgreSQL chose).
     */
    private static List<ChangelogEntry.Sql> sharedSequenceDefaults(Connection c, List<String> schemas)
            throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SHARED_SEQUENCE_DEFAULTS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3);
                    String table = q(rs.getString(1), rs.getString(2));
                    String column = q(rs.getString(3));
                    out.add(new ChangelogEntry.Sql(
                            "Set shared sequence default `" + key + "`",
                            List.of(
                                    "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT "
                                            + rs.getString(4),
                                    "DO $$DECLARE own text := pg_catalog.pg_get_serial_sequence(" + literal(table)
                                            + ", " + literal(rs.getString(3)) + "); BEGIN IF own IS NOT NULL THEN "
                                            + "EXECUTE 'DROP SEQUENCE ' || own; END IF; END$$"),
                            List.of("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT")));
                }
            }
        }
        return out;
    }

    /** {@code CREATE AGGREGATE}, after every function (its support functions may use tables), before the views. */
    private static List<ChangelogEntry.Sql> aggregates(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(AGGREGATES)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String identity = rs.getString(2);
                    String name = identity.substring(0, identity.lastIndexOf('('));
                    String arguments = rs.getString(3).isEmpty() ? "*" : rs.getString(3);
                    out.add(new ChangelogEntry.Sql(
                            "Create aggregate `" + identity + "`",
                            List.of("CREATE AGGREGATE " + name + "(" + arguments + ") ("
                                    + String.join(", ", strings(rs.getArray(4))) + ")"),
                            List.of("DROP AGGREGATE " + name + "(" + arguments + ")")));
                }
            }
        }
        return out;
    }

    /**
     * A trigger or rule of a table (row: schema, table, name, definition, enabled code): its definition, then its
     * enabled state when not the default — {@code pg_trigger.tgenabled} and {@code pg_rewrite.ev_enabled} share the
     * codes (O on, D disabled, R replica, A always).
     */
    private static ChangelogEntry.Sql onTable(ResultSet rs, String kind, String definition) throws SQLException {
        String table = q(rs.getString(1), rs.getString(2));
        String name = rs.getString(3);
        List<String> statements = new ArrayList<>();
        statements.add(definition);
        String enabled = switch (rs.getString(5)) {
            case "D" -> "DISABLE " + kind + " ";
            case "R" -> "ENABLE REPLICA " + kind + " ";
            case "A" -> "ENABLE ALWAYS " + kind + " ";
            default -> null;
        };
        if (enabled != null) {
            statements.add("ALTER TABLE " + table + " " + enabled + q(name));
        }
        return new ChangelogEntry.Sql(
                "Create " + kind.toLowerCase(java.util.Locale.ROOT) + " `" + name + "` on `" + rs.getString(1) + "."
                        + rs.getString(2) + "`",
                statements,
                List.of("DROP " + kind + " " + q(name) + " ON " + table));
    }

    /**
     * Rules as {@code pg_get_ruledef} prints them, with their enabled state; after the views, which a rule may read
     * or be on.
     */
    private static List<ChangelogEntry.Sql> rules(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(RULES)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(onTable(rs, "RULE", stripSemicolon(rs.getString(4))));
                }
            }
        }
        return out;
    }

    /**
     * {@code ENABLE} / {@code FORCE ROW LEVEL SECURITY} and {@code CREATE POLICY}, after the tables and functions a
     * policy's expressions use. The roles a policy names must exist where the baseline is deployed.
     */
    private static List<ChangelogEntry.Sql> rowSecurity(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ROW_SECURITY)) {
            Array array = c.createArrayOf("text", schemas.toArray());
            s.setArray(1, array);
            s.setArray(2, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "." + rs.getString(2);
                    String table = q(rs.getString(1), rs.getString(2));
                    String policy = rs.getString(5);
                    if (policy == null) {
                        List<String> statements = new ArrayList<>();
                        List<String> undo = new ArrayList<>();
                        if (rs.getBoolean(3)) {
                            statements.add("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
                            undo.add("ALTER TABLE " + table + " DISABLE ROW LEVEL SECURITY");
                        }
                        if (rs.getBoolean(4)) {
                            statements.add("ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY");
                            undo.add("ALTER TABLE " + table + " NO FORCE ROW LEVEL SECURITY");
                        }
                        out.add(new ChangelogEntry.Sql("Enable row-level security `" + key + "`", statements, undo));
                        continue;
                    }
                    StringBuilder sql = new StringBuilder("CREATE POLICY " + q(policy) + " ON " + table);
                    sql.append(" AS ").append("true".equals(rs.getString(6)) ? "PERMISSIVE" : "RESTRICTIVE");
                    sql.append(" FOR ").append(command(rs.getString(7)));
                    sql.append(" TO ").append(String.join(", ", strings(rs.getArray(8))));
                    if (rs.getString(9) != null) {
                        sql.append(" USING (").append(rs.getString(9)).append(')');
                    }
                    if (rs.getString(10) != null) {
                        sql.append(" WITH CHECK (").append(rs.getString(10)).append(')');
                    }
                    out.add(new ChangelogEntry.Sql(
                            "Create policy `" + policy + "` on `" + key + "`",
                            List.of(sql.toString()),
                            List.of("DROP POLICY " + q(policy) + " ON " + table)));
                }
            }
        }
        return out;
    }

    /** {@code pg_policy.polcmd} as {@code CREATE POLICY}'s {@code FOR}. */
    private static String command(String polcmd) {
        return switch (polcmd) {
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> "ALL";
        };
    }

    private static List<ChangelogEntry.Sql> comments(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(COMMENTS)) {
            Array array = c.createArrayOf("text", schemas.toArray());
            s.setArray(1, array);
            s.setArray(2, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    String target = switch (type) {
                                case "view column",
                                        "materialized view column",
                                        "composite type column",
                                        "foreign table column" -> "COLUMN";
                                case "statistics object" -> "STATISTICS";
                                case "table constraint" -> "CONSTRAINT";
                                default -> type.toUpperCase(java.util.Locale.ROOT);
                            }
                            + " " + rs.getString(2);
                    out.add(new ChangelogEntry.Sql(
                            "Comment on " + type + " `" + rs.getString(2) + "`",
                            List.of("COMMENT ON " + target + " IS " + literal(rs.getString(3))),
                            List.of("COMMENT ON " + target + " IS NULL")));
                }
            }
        }
        return out;
    }

    /**
     * {@code CREATE COLLATION}, first of all (before the domains, types and tables whose columns use them); the
     * version is the deploying server's own.
     */
    private static List<ChangelogEntry.Sql> collations(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(COLLATIONS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = q(rs.getString(1), rs.getString(2));
                    List<String> options = new ArrayList<>();
                    switch (rs.getString(3)) {
                        case "i" -> {
                            options.add("PROVIDER = icu");
                            options.add("LOCALE = " + literal(rs.getString(7)));
                        }
                        case "b" -> {
                            options.add("PROVIDER = builtin");
                            options.add("LOCALE = " + literal(rs.getString(7)));
                        }
                        default -> {
                            options.add("PROVIDER = libc");
                            options.add("LC_COLLATE = " + literal(rs.getString(5)));
                            options.add("LC_CTYPE = " + literal(rs.getString(6)));
                        }
                    }
                    if (!rs.getBoolean(4)) {
                        options.add("DETERMINISTIC = false");
                    }
                    if (rs.getString(8) != null) {
                        options.add("RULES = " + literal(rs.getString(8)));
                    }
                    out.add(new ChangelogEntry.Sql(
                            "Create collation `" + rs.getString(1) + "." + rs.getString(2) + "`",
                            List.of("CREATE COLLATION " + name + " (" + String.join(", ", options) + ")"),
                            List.of("DROP COLLATION " + name)));
                }
            }
        }
        return out;
    }

    /** {@code CREATE STATISTICS}, after the tables, their expression indexes and the materialized views. */
    private static List<ChangelogEntry.Sql> statistics(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(STATISTICS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = q(rs.getString(1), rs.getString(2));
                    List<String> statements = new ArrayList<>();
                    statements.add(rs.getString(3));
                    String target = rs.getString(4);
                    if (target != null && !"-1".equals(target)) {
                        statements.add("ALTER STATISTICS " + name + " SET STATISTICS " + target);
                    }
                    out.add(new ChangelogEntry.Sql(
                            "Create statistics `" + rs.getString(1) + "." + rs.getString(2) + "`",
                            statements,
                            List.of("DROP STATISTICS " + name)));
                }
            }
        }
        return out;
    }

    /**
     * {@code CREATE EVENT TRIGGER}, after the functions, with its enabled state. Only a superuser may create one: the
     * changeset first checks that the deploying user is one and otherwise stops with a message naming the event
     * trigger and what to do (PostgreSQL's own error does not say which migration needs it or how to go on).
     */
    private static List<ChangelogEntry.Sql> eventTriggers(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(EVENT_TRIGGERS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    List<String> tags = strings(rs.getArray(5));
                    List<String> statements = new ArrayList<>();
                    statements.add(superuserRequired(name));
                    statements.add("CREATE EVENT TRIGGER " + q(name) + " ON " + rs.getString(2)
                            + (tags.isEmpty()
                                    ? ""
                                    : " WHEN TAG IN ("
                                            + String.join(
                                                    ", ",
                                                    tags.stream()
                                                            .map(PostgresBaselineCatalog::literal)
                                                            .toList())
                                            + ")")
                            + " EXECUTE FUNCTION " + rs.getString(3) + "()");
                    String enabled = switch (rs.getString(4)) {
                        case "D" -> "DISABLE";
                        case "R" -> "ENABLE REPLICA";
                        case "A" -> "ENABLE ALWAYS";
                        default -> null;
                    };
                    if (enabled != null) {
                        statements.add("ALTER EVENT TRIGGER " + q(name) + " " + enabled);
                    }
                    out.add(new ChangelogEntry.Sql(
                            "Create event trigger `" + name + "`",
                            statements,
                            List.of("DROP EVENT TRIGGER " + q(name))));
                }
            }
        }
        return out;
    }

    /** A statement that stops, naming the event trigger, when the deploying user is not a superuser. */
    private static String superuserRequired(String eventTrigger) {
        String message = "The migration creates the event trigger " + q(eventTrigger) + ", which only a superuser can "
                + "create, and % is not one. Deploy it as a superuser, or have a superuser create the event trigger "
                + "and remove it from the migration before it is deployed anywhere.";
        return "DO $zmodel$ BEGIN IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) "
                + "THEN RAISE EXCEPTION " + literal(message) + ", current_user; END IF; END $zmodel$";
    }

    /**
     * The foreign tables' servers ({@code CREATE SERVER}, without the options holding a credential and without user
     * mappings, which are named as not carried), then each foreign table; after the tables, before the views that
     * read them. The foreign-data wrapper is its extension's, created with the extensions.
     */
    private static List<ChangelogEntry.Sql> foreignTables(Connection c, List<String> schemas) throws SQLException {
        List<ChangelogEntry.Sql> out = new ArrayList<>();
        java.util.regex.Pattern credential =
                java.util.regex.Pattern.compile(CREDENTIAL_OPTION, java.util.regex.Pattern.CASE_INSENSITIVE);
        try (PreparedStatement s = c.prepareStatement(FOREIGN_SERVERS)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String server = q(rs.getString(1));
                    StringBuilder sql = new StringBuilder("CREATE SERVER " + server);
                    if (rs.getString(3) != null) {
                        sql.append(" TYPE ").append(literal(rs.getString(3)));
                    }
                    if (rs.getString(4) != null) {
                        sql.append(" VERSION ").append(literal(rs.getString(4)));
                    }
                    sql.append(" FOREIGN DATA WRAPPER ").append(q(rs.getString(2)));
                    List<String> options = new ArrayList<>();
                    for (String option : strings(rs.getArray(5))) {
                        int eq = option.indexOf('=');
                        String key = eq < 0 ? option : option.substring(0, eq);
                        if (!credential.matcher(key).find()) {
                            options.add(q(key) + " " + literal(eq < 0 ? "" : option.substring(eq + 1)));
                        }
                    }
                    if (!options.isEmpty()) {
                        sql.append(" OPTIONS (")
                                .append(String.join(", ", options))
                                .append(')');
                    }
                    out.add(new ChangelogEntry.Sql(
                            "Create server `" + rs.getString(1) + "`",
                            List.of(sql.toString()),
                            List.of("DROP SERVER " + server)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(FOREIGN_TABLES)) {
            s.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = q(rs.getString(1), rs.getString(2));
                    List<String> elements = new ArrayList<>(strings(rs.getArray(5)));
                    elements.addAll(strings(rs.getArray(6)));
                    List<String> options = strings(rs.getArray(4));
                    out.add(new ChangelogEntry.Sql(
                            "Create foreign table `" + rs.getString(1) + "." + rs.getString(2) + "`",
                            List.of("CREATE FOREIGN TABLE " + name + " (" + String.join(", ", elements) + ") SERVER "
                                    + q(rs.getString(3))
                                    + (options.isEmpty() ? "" : " OPTIONS (" + String.join(", ", options) + ")")),
                            List.of("DROP FOREIGN TABLE " + name)));
                }
            }
        }
        return out;
    }

    private static List<String> notCarried(Connection c, List<String> schemas) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(NOT_CARRIED)) {
            Array array = c.createArrayOf("text", schemas.toArray());
            int parameters = (int) NOT_CARRIED.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= parameters; i++) {
                s.setArray(i, array);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " `" + rs.getString(2) + "`" + consequence(rs.getString(1)));
                }
            }
        }
        return out;
    }

    /** What the deployed database gets instead, for each kind the baseline does not carry. */
    private static String consequence(String kind) {
        return switch (kind) {
            case "unlogged table in a foreign-key cycle" -> " (created as an ordinary table)";
            case "event trigger of a function outside the schemas read" -> " (not created: its function is not)";
            case "user mapping" ->
                " (holds credentials: create it where the baseline is deployed, with CREATE USER " + "MAPPING)";
            case "server option holding a credential" ->
                " (a credential: the server is created without it; add it "
                        + "where the baseline is deployed, with ALTER SERVER … OPTIONS (ADD …))";
            case "foreign-data wrapper outside an extension" -> " (not created: create it before deploying)";
            case "row-level security" -> " (not enabled)";
            case "covering index (INCLUDE) of a constraint or a partitioned table" ->
                " (created without its INCLUDE columns)";
            default -> " (not created)";
        };
    }

    private static String stripSemicolon(String definition) {
        String d = definition.strip();
        return d.endsWith(";") ? d.substring(0, d.length() - 1).stripTrailing() : d;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
