package dev.zmodel.pull.generate;

import dev.zmodel.dialect.ConstraintNames;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.dialect.IndexMethod;
import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.NullsOrder;
import dev.zmodel.schema.SortOrder;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Primary keys, unique constraints and indexes of a table as ZModel attributes: {@code @id}/{@code @@id},
 * {@code @unique} (single column; the first such index of a column, a further one {@code @@unique([col])} or, as
 * Prisma does, left out) / {@code @@unique}, {@code @@index},
 * {@code @@fulltext}, with {@code sort: Desc}, {@code length:}, {@code ops:}, {@code type:} and {@code map:} only for
 * names that differ from the default ({@link ConstraintNames}); uniques are listed before plain indexes, each in
 * catalog (name) order. Partial, expression and unexpressible indexes are left out with a note and a warning;
 * non-default null ordering, deferrable constraints and operator classes ZModel cannot write keep the index and
 * add a note.
 */
final class Keys {
    /** The attributes of one table. */
    record Result(Map<String, List<Attribute>> fieldAttributes, List<Attribute> blockAttributes) {}

    private final Dialect dialect;
    private final boolean omitForeignKeyIndexes;
    private final boolean keepEveryUnique;
    private final Warnings warnings;
    private final ObjectLabels labels;

    /**
     * @param keepEveryUnique a further unique index on a column that already is {@code @unique} becomes
     *                        {@code @@unique([col])} (zenstack preset); else it is left out with a warning (Prisma)
     */
    Keys(
            Dialect dialect,
            boolean omitForeignKeyIndexes,
            boolean keepEveryUnique,
            Warnings warnings,
            ObjectLabels labels) {
        this.dialect = dialect;
        this.omitForeignKeyIndexes = omitForeignKeyIndexes;
        this.keepEveryUnique = keepEveryUnique;
        this.warnings = warnings;
        this.labels = labels;
    }

    /** @param fields column → field name (null or absent: the column has no field) */
    Result render(Table table, Map<String, String> fields, Notes notes) {
        Map<String, List<Attribute>> fieldAttributes = new HashMap<>();
        List<Attribute> uniques = new ArrayList<>();
        List<Attribute> indexes = new ArrayList<>();
        List<Attribute> block = new ArrayList<>();
        ConstraintNames names = dialect.constraintNames();
        List<String> pkColumns =
                table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        if (pkColumns.size() == 1 || covered(pkColumns, fields)) {
            // a single key column without a field keeps @id in its commented-out line
            List<String> cols = pkColumns;
            String pkName = table.primaryKey().name();
            Optional<Argument> map = dialect.facts().namedPrimaryKeys()
                            && pkName != null
                            && !pkName.equals(names.primaryKey(table.name()))
                    ? Optional.of(Argument.named("map", Expr.StringLiteral.of(pkName)))
                    : Optional.empty();
            if (cols.size() == 1) {
                fieldAttributes
                        .computeIfAbsent(cols.get(0), k -> new ArrayList<>())
                        .add(new Attribute(
                                "@id", map.stream().toList(), map.isPresent(), dev.zmodel.lang.ast.Span.NONE));
            } else {
                List<Argument> args = new ArrayList<>();
                args.add(Argument.positional(
                        Attributes.references(cols.stream().map(fields::get).toList())));
                map.ifPresent(args::add);
                block.add(Attribute.withParens("@@id", args));
            }
        }
        for (Index index : table.indexes()) {
            boolean commentedUnique = index.unique()
                    && index.columns().size() == 1
                    && !index.hasExpressions()
                    && !index.isPartial()
                    && fields.get(index.columns().get(0).column()) == null;
            if (commentedUnique
                            && hasUnique(fieldAttributes, index.columns().get(0).column())
                    || !commentedUnique && !expressible(table, index, fields, notes)) {
                continue;
            }
            if (omitForeignKeyIndexes && dialect.isForeignKeyIndex(table, index)) {
                continue;
            }
            List<String> cols = index.columnNames();
            if (!keepEveryUnique && index.unique() && cols.size() == 1 && hasUnique(fieldAttributes, cols.get(0))) {
                warnings.add(
                        PullWarning.Kind.DUPLICATE_UNIQUE,
                        label(table, index),
                        "The column " + cols.get(0) + " already is @unique; this further unique index is left out, "
                                + "as Prisma does (the zenstack preset keeps it as @@unique).");
                continue;
            }
            IndexMethod method = dialect.indexMethod(index.method());
            remarks(table, index, method, notes);
            String defaultName = index.unique() ? names.unique(table.name(), cols) : names.index(table.name(), cols);
            Optional<Argument> map = index.name().equals(defaultName) || dialect.isAutomaticIndexName(index.name())
                    ? Optional.empty()
                    : Optional.of(Argument.named("map", Expr.StringLiteral.of(index.name())));
            if (index.unique() && cols.size() == 1 && !hasUnique(fieldAttributes, cols.get(0))) {
                IndexColumn c = index.columns().get(0);
                List<Argument> args = new ArrayList<>();
                map.ifPresent(args::add);
                if (c.length() != null) {
                    args.add(Argument.named("length", Expr.NumberLiteral.of(String.valueOf(c.length()))));
                }
                if (c.order() == SortOrder.DESC) {
                    args.add(Argument.named("sort", Expr.Reference.of("Desc")));
                }
                fieldAttributes
                        .computeIfAbsent(cols.get(0), k -> new ArrayList<>())
                        .add(new Attribute("@unique", args, !args.isEmpty(), dev.zmodel.lang.ast.Span.NONE));
                continue;
            }
            List<Expr> columns = new ArrayList<>(index.columns().size());
            for (IndexColumn c : index.columns()) {
                columns.add(column(c, fields.get(c.column()), method));
            }
            List<Argument> args = new ArrayList<>();
            args.add(Argument.positional(Expr.Array.of(columns)));
            map.ifPresent(args::add);
            if (index.unique()) {
                uniques.add(Attribute.withParens("@@unique", args));
            } else if (index.fulltext()) {
                indexes.add(Attribute.withParens("@@fulltext", args));
            } else {
                if (method.type() != null) {
                    args.add(Argument.named("type", Expr.Reference.of(method.type())));
                }
                indexes.add(Attribute.withParens("@@index", args));
            }
        }
        block.addAll(uniques);
        block.addAll(indexes);
        return new Result(fieldAttributes, block);
    }

    private static boolean hasUnique(Map<String, List<Attribute>> fieldAttributes, String column) {
        for (Attribute a : fieldAttributes.getOrDefault(column, List.of())) {
            if (a.name().equals("@unique")) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<String> columns, Map<String, String> fields) {
        for (String c : columns) {
            if (fields.get(c) == null) {
                return false;
            }
        }
        return !columns.isEmpty();
    }

    /** {@code field} or {@code field(sort: Desc, length: 20, ops: JsonbPathOps)}. */
    private Expr column(IndexColumn c, String field, IndexMethod method) {
        List<Argument> args = new ArrayList<>();
        if (c.order() == SortOrder.DESC) {
            args.add(Argument.named("sort", Expr.Reference.of("Desc")));
        }
        if (c.length() != null) {
            args.add(Argument.named("length", Expr.NumberLiteral.of(String.valueOf(c.length()))));
        }
        if (c.operatorClass() != null && method.takesOperatorClasses()) {
            args.add(Argument.named("ops", operatorClass(c.operatorClass())));
        }
        return args.isEmpty()
                ? Expr.Reference.of(field)
                : new Expr.Invocation(field, args, dev.zmodel.lang.ast.Span.NONE);
    }

    /** An {@code IndexOperatorClass} member, or {@code raw("…")} for a class ZModel has no member for. */
    private Expr operatorClass(String operatorClass) {
        return dialect.operatorClass(operatorClass)
                .<Expr>map(Expr.Reference::of)
                .orElseGet(() -> Expr.Invocation.of("raw", Argument.positional(Expr.StringLiteral.of(operatorClass))));
    }

    /** False (with a note and a warning) for indexes that cannot be written at all. */
    private boolean expressible(Table table, Index index, Map<String, String> fields, Notes notes) {
        if (index.hasExpressions()) {
            notes.add(Notes.Kind.EXPRESSION_INDEX, index.name() + ": " + definition(index));
            warnings.add(
                    PullWarning.Kind.EXPRESSION_INDEX,
                    label(table, index),
                    "The index on expressions " + definition(index)
                            + " cannot be expressed in ZModel and is left out of the model.");
            return false;
        }
        if (index.isPartial()) {
            notes.add(
                    Notes.Kind.PARTIAL_INDEX, index.name() + ": " + definition(index) + " WHERE " + index.predicate());
            warnings.add(
                    PullWarning.Kind.PARTIAL_INDEX,
                    label(table, index),
                    "The partial index " + definition(index) + " WHERE " + index.predicate()
                            + " cannot be expressed in ZModel and is left out of the model.");
            return false;
        }
        if (!dialect.indexMethod(index.method()).supported()) {
            notes.add(
                    Notes.Kind.UNSUPPORTED_INDEX,
                    index.name() + ": " + index.method().toUpperCase(java.util.Locale.ROOT) + " " + definition(index));
            warnings.add(
                    PullWarning.Kind.UNSUPPORTED_INDEX,
                    label(table, index),
                    "The " + index.method() + " index cannot be expressed in ZModel and is left out of the model.");
            return false;
        }
        List<String> missing = new ArrayList<>();
        for (IndexColumn c : index.columns()) {
            if (fields.get(c.column()) == null) {
                missing.add(c.column());
            }
        }
        if (!missing.isEmpty()) {
            notes.add(Notes.Kind.UNSUPPORTED_INDEX, index.name() + ": " + definition(index));
            warnings.add(
                    PullWarning.Kind.UNSUPPORTED_INDEX,
                    label(table, index),
                    "The index uses columns without a field (" + String.join(", ", missing)
                            + ") and is left out of the model.");
            return false;
        }
        return true;
    }

    /** Notes for parts of an index that are dropped while the index is kept. */
    private void remarks(Table table, Index index, IndexMethod method, Notes notes) {
        for (IndexColumn c : index.columns()) {
            boolean nonDefaultNulls = c.nulls() == NullsOrder.FIRST && c.order() == SortOrder.ASC
                    || c.nulls() == NullsOrder.LAST && c.order() == SortOrder.DESC;
            if (nonDefaultNulls) {
                String part = c.column() + (c.order() == SortOrder.DESC ? " DESC" : "") + " NULLS " + c.nulls();
                notes.add(Notes.Kind.NULL_ORDERING, index.name() + ": " + part);
                warnings.add(
                        PullWarning.Kind.NULL_ORDERING,
                        label(table, index),
                        "The index column " + part
                                + " has a non-default null ordering, which ZModel cannot express; the index is kept without it.");
            }
            if (c.operatorClass() != null && !method.takesOperatorClasses()) {
                notes.add(
                        Notes.Kind.UNSUPPORTED_INDEX,
                        index.name() + ": operator class " + c.operatorClass() + " on " + c.column());
                warnings.add(
                        PullWarning.Kind.UNSUPPORTED_INDEX,
                        label(table, index),
                        "The operator class " + c.operatorClass()
                                + " on " + c.column()
                                + " can only be written for GiST, GIN, SP-GiST and BRIN indexes; the "
                                + "index is kept without it.");
            }
        }
        if (index.deferrable()) {
            notes.add(Notes.Kind.DEFERRABLE, index.name() + " (DEFERRABLE)");
            warnings.add(
                    PullWarning.Kind.DEFERRABLE,
                    label(table, index),
                    "The constraint is DEFERRABLE, which ZModel cannot " + "express; it is kept without it.");
        }
        if (index.nullsNotDistinct()) {
            notes.add(Notes.Kind.NULLS_NOT_DISTINCT, index.name() + " (NULLS NOT DISTINCT)");
            warnings.add(
                    PullWarning.Kind.NULLS_NOT_DISTINCT,
                    label(table, index),
                    "The unique key is NULLS NOT DISTINCT (one row at most with NULL in it), which ZModel cannot "
                            + "express; the database keeps it.");
        }
    }

    /** How a warning names the index (built only for a warning: this class runs for every index). */
    private String label(Table table, Index index) {
        return labels.of(table.qualifiedName(), index.name());
    }

    /** {@code (a, lower(b) DESC)}, prefixed with {@code UNIQUE} for unique indexes. */
    static String definition(Index index) {
        String parts = index.columns().stream()
                .map(c -> (c.isExpression() ? c.expression() : c.column())
                        + (c.length() != null ? "(" + c.length() + ")" : "")
                        + (c.operatorClass() != null ? " " + c.operatorClass() : "")
                        + (c.order() == SortOrder.DESC ? " DESC" : ""))
                .collect(Collectors.joining(", "));
        return (index.unique() ? "UNIQUE " : "") + "(" + parts + ")";
    }
}
